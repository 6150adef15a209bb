using System.ComponentModel;
using System.Globalization;
using Harrier.Core.Load;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data.Log;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Runs;

/// <summary><c>harrier runs list</c>: a runner's runs, newest first, filtered and a page at a time (the same query as the log's "All runs").</summary>
public sealed class ListRunsCommand(IAnsiConsole console) : AsyncCommand<ListRunsCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("-u|--user <EMAIL>")]
        [Description("The runner's email address.")]
        public string User { get; init; } = "";

        [CommandOption("-n|--limit <N>")]
        [Description("Runs per page (default 50, at most 500).")]
        public int Limit { get; init; } = RunPage.DefaultSize;

        [CommandOption("--page <N>")]
        [Description("Which page, from 1 (newest) (default 1).")]
        public int Page { get; init; } = 1;

        [CommandOption("--from <DATE>")]
        [Description("First day, YYYY-MM-DD, in the runner's time zone.")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        [Description("Last day, YYYY-MM-DD, in the runner's time zone.")]
        public string? To { get; init; }

        [CommandOption("--source <SOURCE>")]
        [Description("manual, imported or demo.")]
        public RunSource? Source { get; init; }

        [CommandOption("--shoe <NAME>")]
        [Description("Only runs in this pair (its name or number).")]
        public string? Shoe { get; init; }

        [CommandOption("--surface <SURFACE>")]
        [Description("road, trail, track, treadmill or grass.")]
        public Surface? Surface { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(User))
            {
                return ValidationResult.Error("--user is required.");
            }

            if (Limit is < 1 or > RunPage.MaxSize || Page < 1)
            {
                return ValidationResult.Error($"--limit must be between 1 and {RunPage.MaxSize}, and --page at least 1.");
            }

            foreach (var (option, value) in new[] { ("--from", From), ("--to", To) })
            {
                if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    return ValidationResult.Error($"{option} must be YYYY-MM-DD.");
                }
            }

            return Filter(null).Problems().Count > 0 ? ValidationResult.Error("--to must not be before --from.") : ValidationResult.Success();
        }

        public RunFilter Filter(int? shoeId) => new(Day(From), Day(To), Source, shoeId, Surface);

        private static DateOnly? Day(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindUserOrSayAsync(db, settings.User, console, cancellationToken) is not { } user)
        {
            return 1;
        }

        int? shoeId = null;
        if (settings.Shoe is not null && (shoeId = await Data.Import.ImportOptions.FindShoeAsync(db, user.Id, settings.Shoe, cancellationToken)) is null)
        {
            console.MarkupLineInterpolated($"[red]{user.Email} has no shoes called \"{settings.Shoe}\".[/]");
            return 1;
        }

        var log = new RunnerLog(db);
        var page = await log.RunsAsync(user.Id, user.TimeZone, settings.Filter(shoeId), settings.Page, settings.Limit, cancellationToken);
        var calibration = await log.CalibrationAsync(user.Id, cancellationToken);
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(RunOutput.Json(page.Runs.Select(r => RunOutput.From(r, calibration)).ToArray()));
            return 0;
        }

        Print(page, user.DistanceUnit, calibration);
        console.MarkupLineInterpolated($"{page.Runs.Count} run(s) for {user.Email}, page {page.Page} of {page.Pages} ({page.Total} in all).");
        return 0;
    }

    private void Print(RunPage page, DistanceUnit unit, LoadCalibration calibration)
    {
        var table = new Table().AddColumns("Id", "Start", "Name", "Distance", "Time", "Pace", "RPE", "Surface", "Shoes", "Effort load", "HR load", "Load");
        foreach (var run in page.Runs)
        {
            var load = run.LoadWith(calibration);
            table.AddRow(
                run.Id.ToString(CultureInfo.InvariantCulture), run.LocalStart.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Markup.Escape(run.Name ?? ""), run.Distance.Format(unit), DurationText.Format(run.Duration), run.AveragePace?.Format(unit) ?? "",
                run.Effort?.Value.ToString(CultureInfo.InvariantCulture) ?? "–", run.Surface.ToString(), Markup.Escape(run.Shoe?.Name ?? ""),
                Whole(load.EffortLoad), Whole(load.HeartRateLoad), Whole(load.Value) + (load.Basis == LoadBasis.HeartRate ? " (HR)" : ""));
        }

        console.Write(table);
    }

    private static string Whole(double? value) => value is { } v ? Math.Round(v).ToString(CultureInfo.InvariantCulture) : "–";
}
