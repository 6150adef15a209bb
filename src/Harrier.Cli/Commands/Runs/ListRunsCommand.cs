using System.ComponentModel;
using System.Globalization;
using Harrier.Core.Units;
using Harrier.Data;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Runs;

/// <summary><c>harrier runs list</c>: a runner's runs, newest first, as a table or JSON.</summary>
public sealed class ListRunsCommand(IAnsiConsole console) : AsyncCommand<ListRunsCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("-u|--user <EMAIL>")]
        [Description("The runner's email address.")]
        public string User { get; init; } = "";

        [CommandOption("-n|--limit <N>")]
        [Description("At most this many runs (default 50).")]
        public int Limit { get; init; } = 50;

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(User) ? ValidationResult.Error("--user is required.")
            : Limit is < 1 or > 100_000 ? ValidationResult.Error("--limit must be between 1 and 100000.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindUserOrSayAsync(db, settings.User, console, cancellationToken) is not { } user)
        {
            return 1;
        }

        var runs = await db.Runs.AsNoTracking().OwnedBy(user.Id).Include(r => r.Shoe)
            .OrderByDescending(r => r.StartUtc).Take(settings.Limit).ToListAsync(cancellationToken);
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(RunOutput.Json(runs.Select(RunOutput.From).ToArray()));
            return 0;
        }

        var table = new Table().AddColumns("Id", "Start", "Distance", "Time", "Pace", "RPE", "Surface", "Shoes", "Load");
        foreach (var run in runs)
        {
            table.AddRow(
                run.Id.ToString(CultureInfo.InvariantCulture), run.LocalStart.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                run.Distance.Format(user.DistanceUnit), DurationText.Format(run.Duration), run.AveragePace?.Format(user.DistanceUnit) ?? "",
                run.Effort?.Value.ToString(CultureInfo.InvariantCulture) ?? "–", run.Surface.ToString(), Markup.Escape(run.Shoe?.Name ?? ""),
                run.Load is { } load ? Math.Round(load).ToString(CultureInfo.InvariantCulture) : "–");
        }

        console.Write(table);
        console.MarkupLineInterpolated($"{runs.Count} run(s) for {user.Email}.");
        return 0;
    }
}
