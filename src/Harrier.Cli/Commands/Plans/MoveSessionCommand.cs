using System.ComponentModel;
using Harrier.Core.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Plans;

/// <summary><c>harrier plan move</c>: moves a session of a runner's active plan to another day or time, with a reason.</summary>
public sealed class MoveSessionCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<MoveSessionCommand.Settings>
{
    public sealed class Settings : RunnerPlanSettings
    {
        [CommandOption("--date <DATE>")]
        [Description("The session's day, YYYY-MM-DD.")]
        public string Date { get; init; } = "";

        [CommandOption("--to <DATE>")]
        [Description("The new day, YYYY-MM-DD (the same day with --time only sets its time).")]
        public string To { get; init; } = "";

        [CommandOption("--time <HH:MM>")]
        [Description("The session's time, 24-hour HH:mm in the runner's zone (default: the new day's usual time).")]
        public string? Time { get; init; }

        [CommandOption("--reason <TEXT>")]
        [Description("Why, in a few words; kept in the plan's history.")]
        public string? Reason { get; init; }

        public override ValidationResult Validate()
        {
            var user = base.Validate();
            return !user.Successful ? user
                : !PlanArguments.TryParseDate(Date, out _) ? ValidationResult.Error("--date is required: the session's day, YYYY-MM-DD.")
                : !PlanArguments.TryParseDate(To, out _) ? ValidationResult.Error("--to is required: the new day, YYYY-MM-DD.")
                : Time is not null && !SessionTimeText.TryParse(Time, out _) ? ValidationResult.Error("--time: " + SessionTimeText.Help)
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
        _ = PlanArguments.TryParseDate(settings.To, out var to);
        TimeOnly? time = settings.Time is not null && SessionTimeText.TryParse(settings.Time, out var t) ? t : null;
        var edit = PlanEdits.Move(runner.Stored.Plan, date, to, time, settings.Reason, runner.User.Today(clock));
        return await runner.SaveAsync(edit, console, settings.Json, cancellationToken);
    }
}
