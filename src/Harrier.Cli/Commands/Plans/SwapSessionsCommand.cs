using System.ComponentModel;
using Harrier.Core.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Plans;

/// <summary><c>harrier plan swap</c>: swaps the days of two sessions of a runner's active plan, with a reason.</summary>
public sealed class SwapSessionsCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<SwapSessionsCommand.Settings>
{
    public sealed class Settings : RunnerPlanSettings
    {
        [CommandOption("--date <DATE>")]
        [Description("One session's day, YYYY-MM-DD.")]
        public string Date { get; init; } = "";

        [CommandOption("--with <DATE>")]
        [Description("The other session's day, YYYY-MM-DD.")]
        public string With { get; init; } = "";

        [CommandOption("--reason <TEXT>")]
        [Description("Why, in a few words; kept in the plan's history.")]
        public string? Reason { get; init; }

        public override ValidationResult Validate()
        {
            var user = base.Validate();
            return !user.Successful ? user
                : !PlanArguments.TryParseDate(Date, out _) ? ValidationResult.Error("--date is required: one session's day, YYYY-MM-DD.")
                : !PlanArguments.TryParseDate(With, out _) ? ValidationResult.Error("--with is required: the other session's day, YYYY-MM-DD.")
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
        _ = PlanArguments.TryParseDate(settings.With, out var with);
        var edit = PlanEdits.Swap(runner.Stored.Plan, date, with, settings.Reason, runner.User.Today(clock));
        return await runner.SaveAsync(edit, console, settings.Json, cancellationToken);
    }
}
