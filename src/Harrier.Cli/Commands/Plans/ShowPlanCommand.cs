using System.ComponentModel;
using Harrier.Core.Plans;
using Harrier.Data.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Plans;

/// <summary><c>harrier plan show</c>: a runner's active plan from the database, with its history of changes.</summary>
public sealed class ShowPlanCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<ShowPlanCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("-u|--user <EMAIL>")]
        [Description("The runner's email address.")]
        public string User { get; init; } = "";

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(User) ? ValidationResult.Error("--user is required.") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindUserOrSayAsync(db, settings.User, console, cancellationToken) is not { } user)
        {
            return 1;
        }

        if (await new RunnerPlans(db, clock).ActiveAsync(user.Id, cancellationToken) is not { } stored)
        {
            console.MarkupLineInterpolated($"{user.Email} has no plan yet. Choose one in the web app (Plan) or with the API.");
            return 1;
        }

        var plan = stored.Plan;
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(PlanOutput.Json(PlanDocument.From(plan)));
            return 0;
        }

        PlanOutput.Write(console, plan);
        if (plan.Changes.Count > 0)
        {
            PlanOutput.WriteList(console, "Changes", plan.Changes.Select(c => $"{c.On:yyyy-MM-dd} {c.Action}: {c.Reason}").ToArray());
        }

        return 0;
    }
}
