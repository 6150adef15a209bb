using System.ComponentModel;
using Harrier.Import.Fit;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Plans;

/// <summary><c>harrier plan workout</c>: writes a running session of a runner's active plan as a FIT workout file for the watch.</summary>
public sealed class WorkoutFileCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<WorkoutFileCommand.Settings>
{
    public sealed class Settings : RunnerPlanSettings
    {
        [CommandOption("--date <DATE>")]
        [Description("The session's day, YYYY-MM-DD.")]
        public string Date { get; init; } = "";

        [CommandOption("-o|--out <FILE>")]
        [Description("Where to write the file (default: \"YYYY-MM-DD <session title>.fit\" in the current folder).")]
        public string? Out { get; init; }

        public override ValidationResult Validate()
        {
            var user = base.Validate();
            return !user.Successful ? user
                : !PlanArguments.TryParseDate(Date, out _) ? ValidationResult.Error("--date is required: the session's day, YYYY-MM-DD.")
                : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var runner = await RunnerPlan.OpenAsync(settings, console, clock, cancellationToken);
        if (runner is null)
        {
            return 1;
        }

        _ = PlanArguments.TryParseDate(settings.Date, out var date);
        if (runner.Stored.Plan.On(date).FirstOrDefault(w => w.Workout.IsRunning) is not { } session)
        {
            console.MarkupLineInterpolated($"[red]--date: there is no run on {PlanArguments.Format(date)} in the plan.[/]");
            return 1;
        }

        var file = SessionWorkoutFile.For(session, clock.GetUtcNow());
        var path = Path.GetFullPath(settings.Out ?? file.FileName);
        await File.WriteAllBytesAsync(path, file.Bytes, cancellationToken);
        console.MarkupLineInterpolated($"Wrote {session.Workout.Title} ({PlanOutput.Steps(session.Workout)}) to {path}.");
        return 0;
    }
}
