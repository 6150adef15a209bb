using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Harrier.Data.Import;
using Harrier.Import.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Import;

/// <summary><c>harrier import</c>: imports files, folders and whole account exports into a runner's log.</summary>
/// <remarks>
/// One line per activity (imported / kept as cross-training / duplicate / skipped: reason; a file holding several activities,
/// such as a triathlon, has a line for each) and a summary; <c>--json</c> prints JSON Lines, the last one the summary. Exit code 0 when every
/// activity file was read, 2 when any could not be (damaged, unreadable archive or entry, over a limit; the rest are still
/// imported).
/// </remarks>
public sealed class ImportCommand(IAnsiConsole console, ErrorOutput errors, TimeProvider clock) : AsyncCommand<ImportCommand.Settings>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed class Settings : ImportSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Files (.fit, .gpx, .tcx, also .gz), folders, or zip archives such as a Garmin or Strava account export.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("-u|--user <EMAIL>")]
        [Description("The runner whose log receives the runs.")]
        public string User { get; init; } = "";

        [CommandOption("--shoe <NAME>")]
        [Description("The pair the runs were run in (its name or number); an export's own gear naming one of the runner's pairs wins.")]
        public string? Shoe { get; init; }

        public override ValidationResult Validate() =>
            Paths.Length == 0 ? ValidationResult.Error("Give at least one file, folder or archive.")
            : string.IsNullOrWhiteSpace(User) ? ValidationResult.Error("--user is required.")
            : base.Validate();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindUserOrSayAsync(db, settings.User, console, cancellationToken) is not { } user)
        {
            return 1;
        }

        int? shoeId = null;
        if (settings.Shoe is not null && (shoeId = await ImportOptions.FindShoeAsync(db, user.Id, settings.Shoe, cancellationToken)) is null)
        {
            console.MarkupLineInterpolated($"[red]{user.Email} has no shoes called \"{settings.Shoe}\"; nothing was imported.[/]");
            return 1;
        }

        var limits = settings.Limits();
        var source = new ImportSource(limits);
        var import = new ActivityImport(db, clock, limits, new ImportOptions(shoeId));
        var tally = new ImportTally();
        var showProgress = !settings.Json && console.Profile.Capabilities.Interactive;
        var estimate = showProgress ? ImportEstimate.Count(settings.Paths) : 0;
        async Task RunAsync(ProgressTask? task)
        {
            await foreach (var file in import.ImportAllAsync(user, source.Enumerate(settings.Paths, cancellationToken), cancellationToken))
            {
                foreach (var outcome in file)
                {
                    tally.Add(outcome);
                    await ReportAsync(outcome, settings.Json);
                }

                task?.Increment(1);
            }
        }

        if (showProgress)
        {
            await console.Progress().AutoClear(true).StartAsync(ctx => RunAsync(ctx.AddTask("Importing", maxValue: Math.Max(1, estimate))));
        }
        else
        {
            await RunAsync(null);
        }

        await SummarizeAsync(tally, source.Ignored, settings.Json);
        if (tally.Imported + tally.Duplicates + tally.Skipped == 0)
        {
            // Nothing to import is as unusable as a file that cannot be read (and inspect says the same).
            await errors.Writer.WriteLineAsync("No activity files (.fit, .gpx, .tcx, optionally .gz) found.");
            return 2;
        }

        return tally.Unreadable > 0 ? 2 : 0;
    }

    private async Task ReportAsync(ImportOutcome outcome, bool json)
    {
        if (json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(JsonSerializer.Serialize(new
            {
                type = "file",
                file = outcome.File,
                session = outcome.Session,
                status = outcome.Status,
                message = outcome.Message,
                runId = outcome.RunId,
                crossTraining = outcome.CrossTraining,
                unreadable = outcome.Unreadable,
                issues = outcome.Issues ?? [],
            }, Json));
            return;
        }

        var (colour, word) = outcome.Status switch
        {
            ImportStatus.Imported when outcome.CrossTraining => ("green", "kept     "),
            ImportStatus.Imported => ("green", "imported "),
            ImportStatus.Duplicate => ("grey", "duplicate"),
            _ => ("yellow", "skipped  "),
        };
        console.MarkupLineInterpolated($"[{colour}]{word}[/] {outcome.Label}: {outcome.Message}");
    }

    private async Task SummarizeAsync(ImportTally tally, int ignored, bool json)
    {
        if (json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(JsonSerializer.Serialize(new
            {
                type = "summary",
                imported = tally.Imported,
                duplicates = tally.Duplicates,
                skipped = tally.Skipped,
                unreadable = tally.Unreadable,
                otherFilesIgnored = ignored,
            }, Json));
            return;
        }

        console.MarkupLineInterpolated(
            $"[bold]{tally.Imported} imported, {tally.Duplicates} duplicates, {tally.Skipped} skipped[/] ({ignored} other files ignored).");
    }
}
