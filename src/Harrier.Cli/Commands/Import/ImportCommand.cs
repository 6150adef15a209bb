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
/// One line per file (imported / duplicate / skipped: reason) and a summary; <c>--json</c> prints JSON Lines, the last one the summary.
/// Exit code 0 when every activity file was read, 2 when any could not be (the rest are still imported).
/// </remarks>
public sealed class ImportCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<ImportCommand.Settings>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed class Settings : DataSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Files (.fit, .gpx, .tcx, also .gz), folders, or zip archives such as a Garmin or Strava account export.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("-u|--user <EMAIL>")]
        [Description("The runner whose log receives the runs.")]
        public string User { get; init; } = "";

        [CommandOption("--max-file-mb <MB>")]
        [Description("Largest single activity file, after decompression (default 64).")]
        public int MaxFileMegabytes { get; init; } = 64;

        [CommandOption("--max-archive-mb <MB>")]
        [Description("Most an archive may expand to (default 8192).")]
        public int MaxArchiveMegabytes { get; init; } = 8192;

        public override ValidationResult Validate() =>
            Paths.Length == 0 ? ValidationResult.Error("Give at least one file, folder or archive.")
            : string.IsNullOrWhiteSpace(User) ? ValidationResult.Error("--user is required.")
            : MaxFileMegabytes < 1 || MaxArchiveMegabytes < 1 ? ValidationResult.Error("Limits must be at least 1 MB.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindUserOrSayAsync(db, settings.User, console, cancellationToken) is not { } user)
        {
            return 1;
        }

        var limits = ImportLimits.Default with
        {
            MaxFileBytes = settings.MaxFileMegabytes * 1024L * 1024,
            MaxArchiveBytes = settings.MaxArchiveMegabytes * 1024L * 1024,
        };
        var source = new ImportSource(limits);
        var import = new ActivityImport(db, clock);
        var tally = new ImportTally();
        var showProgress = !settings.Json && console.Profile.Capabilities.Interactive;
        var estimate = showProgress ? ImportEstimate.Count(settings.Paths) : 0;
        async Task RunAsync(ProgressTask? task)
        {
            foreach (var item in source.Enumerate(settings.Paths))
            {
                var outcome = item.Data is null
                    ? ImportOutcome.Failed(item.Name, item.Problem!)
                    : await import.ImportAsync(user, item.Name, item.Data, cancellationToken);
                tally.Add(outcome);
                await ReportAsync(outcome, settings.Json);
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
        return tally.Unreadable > 0 ? 2 : 0;
    }

    private async Task ReportAsync(ImportOutcome outcome, bool json)
    {
        if (json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(JsonSerializer.Serialize(new
            {
                type = "file", file = outcome.File, status = outcome.Status, message = outcome.Message, runId = outcome.RunId,
                issues = outcome.Issues ?? [],
            }, Json));
            return;
        }

        var (colour, word) = outcome.Status switch
        {
            ImportStatus.Imported => ("green", "imported "),
            ImportStatus.Duplicate => ("grey", "duplicate"),
            _ => ("yellow", "skipped  "),
        };
        console.MarkupLineInterpolated($"[{colour}]{word}[/] {outcome.File}: {outcome.Message}");
    }

    private async Task SummarizeAsync(ImportTally tally, int ignored, bool json)
    {
        if (json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(JsonSerializer.Serialize(new
            {
                type = "summary", imported = tally.Imported, duplicates = tally.Duplicates, skipped = tally.Skipped, unreadable = tally.Unreadable,
                otherFilesIgnored = ignored,
            }, Json));
            return;
        }

        console.MarkupLineInterpolated(
            $"[bold]{tally.Imported} imported, {tally.Duplicates} duplicates, {tally.Skipped} skipped[/] ({ignored} other files ignored).");
    }
}
