using Harrier.Core.Plans;
using Harrier.Data;
using Harrier.Data.Plans;
using Spectre.Console;

namespace Harrier.Cli.Commands.Plans;

/// <summary>A runner's active plan opened from the database for a command, and the reporting of changes to it.</summary>
internal sealed class RunnerPlan(HarrierDbContext db, HarrierUser user, StoredPlan stored, RunnerPlans plans) : IAsyncDisposable
{
    public HarrierDbContext Db => db;

    public HarrierUser User => user;

    public StoredPlan Stored => stored;

    public RunnerPlans Plans => plans;

    /// <summary>Opens the runner's active plan, or says why not (no such account, no plan) and returns null.</summary>
    public static async Task<RunnerPlan?> OpenAsync(RunnerPlanSettings settings, IAnsiConsole console, TimeProvider clock, CancellationToken ct)
    {
        var db = await CliDatabase.OpenAsync(settings.DataDir, ct);
        var plans = new RunnerPlans(db, clock);
        if (await CliDatabase.FindUserOrSayAsync(db, settings.User, console, ct) is not { } user)
        {
            await db.DisposeAsync();
            return null;
        }

        if (await plans.ActiveAsync(user.Id, ct) is not { } stored)
        {
            console.MarkupLineInterpolated($"[red]{user.Email} has no plan yet. Choose one in the web app (Plan) or with the API.[/]");
            await db.DisposeAsync();
            return null;
        }

        return new RunnerPlan(db, user, stored, plans);
    }

    /// <summary>Saves an accepted change and writes it (and its cautions), or writes each problem after its option; the exit code.</summary>
    public async Task<int> SaveAsync(PlanEdit edit, IAnsiConsole console, bool json, CancellationToken ct)
    {
        if (!await plans.ApplyAsync(stored, edit, ct))
        {
            foreach (var (field, messages) in edit.Errors)
            {
                foreach (var message in messages)
                {
                    console.MarkupLineInterpolated($"[red]--{(field == PlanEdits.Times ? "set" : field)}: {message}[/]");
                }
            }

            return 1;
        }

        if (json)
        {
            var document = new { Change = ChangeDocument.From(edit.Change!), edit.Warnings, Plan = PlanDocument.From(stored.Plan) };
            await console.Profile.Out.Writer.WriteLineAsync(PlanOutput.Json(document));
            return 0;
        }

        console.MarkupLineInterpolated($"{edit.Change!.Reason}");
        foreach (var warning in edit.Warnings)
        {
            console.MarkupLineInterpolated($"[yellow]Warning: {warning}[/]");
        }

        return 0;
    }

    public ValueTask DisposeAsync() => db.DisposeAsync();
}
