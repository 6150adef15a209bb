using System.ComponentModel;
using Harrier.Core.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Plans;

/// <summary><c>harrier plan times</c>: the usual session time of each weekday in a runner's active plan.</summary>
public sealed class SetTimesCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<SetTimesCommand.Settings>
{
    public sealed class Settings : RunnerPlanSettings
    {
        [CommandOption("--set <TIMES>")]
        [Description("Usual times as day=HH:mm on a 24-hour clock in the runner's zone, e.g. mon=06:00,wed=06:00,sat=08:30.")]
        public string? Set { get; init; }

        [CommandOption("--clear")]
        [Description("Remove the usual times: sessions become all-day events again.")]
        public bool Clear { get; init; }

        public override ValidationResult Validate()
        {
            var user = base.Validate();
            return !user.Successful ? user
                : Clear == (Set is not null) ? ValidationResult.Error("Give either --set day=HH:mm,… or --clear.")
                : Set is not null && !SessionTimeText.TryParseList(Set, out _, out var error) ? ValidationResult.Error("--set: " + error)
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

        Dictionary<DayOfWeek, TimeOnly> times = [];
        _ = settings.Set is not null && SessionTimeText.TryParseList(settings.Set, out times, out _);
        var edit = PlanEdits.SetTimes(runner.Stored.Plan, times, runner.User.Today(clock));
        return await runner.SaveAsync(edit, console, settings.Json, cancellationToken);
    }
}
