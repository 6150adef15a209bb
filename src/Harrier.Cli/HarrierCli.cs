using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Harrier.Cli.Commands.Import;
using Harrier.Cli.Commands.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli;

/// <summary>The <c>harrier</c> command line: the same data as the web app, from the same configuration.</summary>
public static class HarrierCli
{
    /// <summary>What <c>harrier --version</c> prints: the version and, after a '+', the commit it was built from (shortened).</summary>
    public static string Version { get; } = ShortVersion(
        typeof(HarrierCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");

    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TimeProvider clock, TextWriter? errors = null, bool propagateExceptions = false)
    {
        var services = new ServiceCollection().AddSingleton(console).AddSingleton(clock).AddSingleton(new ErrorOutput(errors ?? Console.Error));
        var app = new CommandApp(new Registrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("harrier");
            config.SetApplicationVersion(Version);
            config.ConfigureConsole(console);
            if (propagateExceptions)
            {
                config.PropagateExceptions();
            }

            config.AddCommand<ImportCommand>("import").WithDescription("Import activity files, folders or whole account exports into a runner's log.")
                .WithExample("import", "--user", "ana@example.com", "--shoe", "Pegasus 38", "export.zip");
            config.AddCommand<Commands.RecomputeCommand>("recompute")
                .WithDescription("Recompute stored run metrics from the original files after Harrier's formulas change. Exit code 2 when some file no longer gives its run.")
                .WithExample("recompute", "--all");
            config.AddCommand<Commands.Ownership.ExportCommand>("export")
                .WithDescription("Write everything Harrier holds about one account (runs, files, plans, health records) to one zip.")
                .WithExample("export", "ana@example.com", "-o", "ana.zip");
            config.AddCommand<Commands.Ownership.ImportAccountCommand>("import-account")
                .WithDescription("Import an account export from another Harrier server into an empty account, all or nothing.")
                .WithExample("import-account", "ana.zip", "--user", "ana@example.com");
            config.AddCommand<Commands.BackupCommand>("backup")
                .WithDescription("Copy the SQLite database consistently while Harrier runs (on PostgreSQL, use pg_dump).")
                .WithExample("backup", "harrier-2026-11-25.db");
            config.AddCommand<InspectCommand>("inspect").WithDescription("Read activity files without storing them and summarise each.")
                .WithExample("inspect", "--json", "run.fit");
            config.AddCommand<Commands.Triage.TriageCommand>("triage")
                .WithDescription("Warning signs first, then the one decision for your training and the possible contributors to your pain. "
                    + "Exit codes: 0 nothing urgent, 1 bad input, 3 see a clinician today, 4 emergency.")
                .WithExample("triage", "--input", "answers.json", "--user", "ana@example.com", "--json");
            config.AddCommand<Commands.Daylight.DaylightCommand>("daylight")
                .WithDescription("Civil dawn, sunrise, sunset and civil dusk for a place and date, and what to wear in the dark.")
                .WithExample("daylight", "--lat", "51.5074", "--lon", "-0.1278", "--date", "2026-12-21", "--zone", "Europe/London");
            config.AddBranch("runs", runs =>
            {
                runs.SetDescription("Add and list runs in a runner's log, and their personal bests.");
                runs.AddCommand<AddRunCommand>("add").WithDescription("Record a run by hand.")
                    .WithExample("runs", "add", "--user", "ana@example.com", "--date", "2026-11-24", "--time", "06:30", "--distance", "5", "--duration", "32:10", "--rpe", "4");
                runs.AddCommand<ListRunsCommand>("list").WithDescription("List a runner's runs, newest first, with filters and pages.")
                    .WithExample("runs", "list", "--user", "ana@example.com", "--from", "2019-06-01", "--to", "2019-06-30", "--json");
                runs.AddCommand<BestsCommand>("bests").WithDescription("A runner's fastest 1 km, 5 km and 10 km and longest run.")
                    .WithExample("runs", "bests", "--user", "ana@example.com");
            });
            config.AddBranch("users", users =>
            {
                users.SetDescription("The accounts on this server, for its owner.");
                users.AddCommand<Commands.Users.ListUsersCommand>("list").WithDescription("List every account: email, name, roles, created, devices signed in.")
                    .WithExample("users", "list");
                users.AddCommand<Commands.Users.AddUserCommand>("add").WithDescription("Create an account with a generated password (or --prompt).")
                    .WithExample("users", "add", "sam@example.com", "--coach");
                users.AddCommand<Commands.Users.ResetPasswordCommand>("reset-password")
                    .WithDescription("Give an account a new password (generated, or --prompt) and log it out everywhere.")
                    .WithExample("users", "reset-password", "ana@example.com");
                users.AddCommand<Commands.Users.DeleteUserCommand>("delete").WithDescription("Delete an account and everything of it (--yes to confirm).")
                    .WithExample("users", "delete", "ana@example.com", "--yes");
            });
            config.AddBranch("coach", coach =>
            {
                coach.SetDescription("A coach's invitations, clients and roster.");
                coach.AddCommand<Commands.Coaching.InviteCommand>("invite").WithDescription("Make a single-use invitation code (valid 7 days) for one runner.")
                    .WithExample("coach", "invite", "--coach", "sam@example.com");
                coach.AddCommand<Commands.Coaching.ClientsCommand>("clients").WithDescription("List the runners who share their data with the coach.")
                    .WithExample("coach", "clients", "--coach", "sam@example.com", "--json");
                coach.AddCommand<Commands.Coaching.RosterCommand>("roster").WithDescription("Every client, who needs attention first, with the reasons.")
                    .WithExample("coach", "roster", "--coach", "sam@example.com");
            });
            config.AddBranch("group-run", run =>
            {
                run.SetDescription("A coach's group runs: one meeting, each runner on their own session.");
                run.AddCommand<Commands.GroupRuns.CreateGroupRunCommand>("create")
                    .WithDescription("Create a group run, or a weekly series, at a place in its time zone, inviting clients.")
                    .WithExample("group-run", "create", "--coach", "sam@example.com", "--date", "2027-01-11", "--time", "06:00", "--place", "Victoria Park",
                        "--lat", "51.5362", "--lon", "-0.0410", "--zone", "Europe/London", "--repeat", "mon,wed,fri", "--weeks", "10", "--invite", "ana@example.com");
                run.AddCommand<Commands.GroupRuns.ListGroupRunsCommand>("list").WithDescription("The coach's group runs from today on.")
                    .WithExample("group-run", "list", "--coach", "sam@example.com");
                run.AddCommand<Commands.GroupRuns.GroupRunSheetCommand>("sheet")
                    .WithDescription("The run sheet: each runner's own session, readiness and finish time, and when the group is back.")
                    .WithExample("group-run", "sheet", "12", "--coach", "sam@example.com", "--json");
            });
            config.AddBranch("intake", intake =>
            {
                intake.SetDescription("Health and activity questions before running (PAR-Q+ and activity history).");
                intake.AddCommand<Commands.Coaching.IntakeShowCommand>("show").WithDescription("A runner's intake: status, latest outcome, history.")
                    .WithExample("intake", "show", "--user", "ana@example.com", "--json");
            });
            config.AddBranch("plan", plan =>
            {
                plan.SetDescription("Training plans from templates or a goal date, and a runner's active plan.");
                plan.AddCommand<Commands.Plans.ListTemplatesCommand>("templates").WithDescription("List the plan templates and who they are for.")
                    .WithExample("plan", "templates", "--json");
                plan.AddCommand<Commands.Plans.ApplyTemplateCommand>("apply").WithDescription("Date a template from a start day on your training days.")
                    .WithExample("plan", "apply", "--template", "nhs-couch-to-5k", "--start", "2027-01-04", "--days", "mon,wed,fri");
                plan.AddCommand<Commands.Plans.GeneratePlanCommand>("generate").WithDescription("Build a plan that reaches a goal distance safely by a date.")
                    .WithExample("plan", "generate", "--goal", "5k", "--by", "2027-03-15", "--days", "mon,wed,fri", "--current", "none");
                plan.AddCommand<Commands.Plans.ShowPlanCommand>("show").WithDescription("Show a runner's active plan and its changes.")
                    .WithExample("plan", "show", "--user", "ana@example.com", "--json");
                plan.AddCommand<Commands.Plans.SetTimesCommand>("times").WithDescription("Set the usual session time of each weekday in a runner's plan.")
                    .WithExample("plan", "times", "--user", "ana@example.com", "--set", "mon=06:00,wed=06:00,fri=06:00");
                plan.AddCommand<Commands.Plans.MoveSessionCommand>("move").WithDescription("Move a session to another day or time, with a reason.")
                    .WithExample("plan", "move", "--user", "ana@example.com", "--date", "2027-01-06", "--to", "2027-01-07", "--reason", "Clients at 06:00");
                plan.AddCommand<Commands.Plans.SwapSessionsCommand>("swap").WithDescription("Swap the days of two sessions, with a reason.")
                    .WithExample("plan", "swap", "--user", "ana@example.com", "--date", "2027-01-08", "--with", "2027-01-11", "--reason", "Away Friday");
                plan.AddCommand<Commands.Plans.WorkoutFileCommand>("workout").WithDescription("Write a run of a runner's plan as a FIT workout file for a watch.")
                    .WithExample("plan", "workout", "--user", "ana@example.com", "--date", "2027-01-06", "--out", "run.fit");
            });
        });
        // Spectre answers a bad option or a failed validation with -1, which a shell sees as 255; every Harrier command says
        // "bad input" with 1.
        var code = await app.RunAsync(args);
        return code == -1 ? 1 : code;
    }

    private static string ShortVersion(string informational) =>
        informational.IndexOf('+', StringComparison.Ordinal) is var plus and >= 0 && informational.Length > plus + 8
            ? informational[..(plus + 8)]
            : informational;
}
