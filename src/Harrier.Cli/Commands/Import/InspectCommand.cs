using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Harrier.Core.Activities;
using Harrier.Core.Units;
using Harrier.Import;
using Harrier.Import.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Import;

/// <summary><c>harrier inspect</c>: reads activity files without storing them and summarises each.</summary>
/// <remarks>Exit code 0 when every file was read, 2 when any was unusable (each named on stderr); the others are still reported.</remarks>
public sealed class InspectCommand(IAnsiConsole console, ErrorOutput errors) : AsyncCommand<InspectCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Activity files (.fit, .gpx, .tcx, optionally .gz), folders of them, or zip archives.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--json")]
        [Description("One JSON object per file per line (JSON Lines).")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            Paths.Length == 0 ? ValidationResult.Error("Give at least one file or folder.") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var unusable = 0;
        var source = new ImportSource(ImportLimits.Default);
        foreach (var item in source.Enumerate(settings.Paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = item.Data is null ? null : ActivityReader.Read(item.Name, item.Data);
            if (result?.Activity is not { } activity)
            {
                unusable++;
                await errors.Writer.WriteLineAsync($"{item.Name}: {item.Problem ?? result?.Error?.Message}");
                continue;
            }

            var summary = InspectSummary.From(item.Name, activity, ActivityMetrics.Compute(activity), result.Issues);
            if (settings.Json)
            {
                await console.Profile.Out.Writer.WriteLineAsync(JsonSerializer.Serialize(summary, InspectSummary.JsonOptions));
            }
            else
            {
                Print(summary);
            }
        }

        return unusable > 0 ? 2 : 0;
    }

    private void Print(InspectSummary s)
    {
        var distance = Distance.FromMeters(s.DistanceMeters);
        console.MarkupLineInterpolated(
            $"[bold]{s.File}[/]: {s.Format} {s.Sport}, {s.StartTime?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "no start time"} UTC, {distance.Format(DistanceUnit.Kilometers)}, timer {DurationText.Format(TimeSpan.FromSeconds(s.TimerSeconds))}, moving {DurationText.Format(TimeSpan.FromSeconds(s.MovingSeconds))}, +{Math.Round(s.AscentMeters)} m/−{Math.Round(s.DescentMeters)} m, {s.SampleCount} samples, {s.Laps.Count} laps");
        foreach (var issue in s.Issues)
        {
            console.MarkupLineInterpolated($"  [yellow]issue:[/] {issue}");
        }
    }
}
