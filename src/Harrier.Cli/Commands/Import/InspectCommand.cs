using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Harrier.Core.Units;
using Harrier.Import;
using Harrier.Import.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Import;

/// <summary><c>harrier inspect</c>: reads activity files without storing them and summarises each activity in them.</summary>
/// <remarks>
/// One line (or, with <c>--json</c>, one JSON object) per activity: a triathlon file gives one per leg, each with its session
/// index. Exit code 0 when every file was read, 2 when any was unusable (named on stderr with the reason) or held only
/// damaged data (reported as skipped); the others are still reported.
/// </remarks>
public sealed class InspectCommand(IAnsiConsole console, ErrorOutput errors) : AsyncCommand<InspectCommand.Settings>
{
    public sealed class Settings : ImportSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Activity files (.fit, .gpx, .tcx, optionally .gz), folders of them, or zip archives.")]
        public string[] Paths { get; init; } = [];

        public override ValidationResult Validate() =>
            Paths.Length == 0 ? ValidationResult.Error("Give at least one file or folder.") : base.Validate();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var unusable = 0;
        var seen = 0;
        var limits = settings.Limits();
        var source = new ImportSource(limits);
        foreach (var item in source.Enumerate(settings.Paths, cancellationToken))
        {
            seen++;
            var result = item.Data is null ? null : ActivityReader.Read(item.Name, item.Data, limits, cancellationToken);
            if (result is null || result.Error is not null)
            {
                unusable++;
                await errors.Writer.WriteLineAsync($"{item.Name}: {item.Problem ?? result?.Error?.Message}");
                continue;
            }

            unusable += result.Activities.Any(a => a.Check.Damaged) ? 1 : 0;
            foreach (var read in result.Activities)
            {
                await ReportAsync(InspectSummary.From(item.Name, read, result.Issues), settings.Json);
            }
        }

        if (seen == 0)
        {
            // Nothing to read is as unusable as a file that cannot be read: say so rather than print nothing.
            await errors.Writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"No activity files (.fit, .gpx, .tcx, optionally .gz) found{(source.Ignored > 0 ? $"; {source.Ignored:N0} other files left aside" : "")}."));
            return 2;
        }

        return unusable > 0 ? 2 : 0;
    }

    private async Task ReportAsync(InspectSummary summary, bool json)
    {
        if (json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(JsonSerializer.Serialize(summary, InspectSummary.JsonOptions));
        }
        else
        {
            Print(summary);
        }
    }

    private void Print(InspectSummary s)
    {
        var distance = Distance.FromMeters(s.DistanceMeters);
        var start = s.StartTime?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "no start time";
        var status = s.Status == "complete" ? "" : s.Status == "partial" ? " [yellow](partial)[/]" : " [red](skipped)[/]";
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]{Markup.Escape(s.File)}[/] #{s.Session}{status}: {s.Format} {s.Sport}, {start} UTC, {distance.Format(DistanceUnit.Kilometers)}, ")
            + string.Create(CultureInfo.InvariantCulture,
            $"timer {DurationText.Format(TimeSpan.FromSeconds(s.TimerSeconds))}, moving {DurationText.Format(TimeSpan.FromSeconds(s.MovingSeconds))}, ")
            + string.Create(CultureInfo.InvariantCulture,
            $"+{Math.Round(s.AscentMeters)} m/−{Math.Round(s.DescentMeters)} m, {s.SampleCount} samples, {s.Laps.Count} laps{Markup.Escape(Device(s))}"));
        if (s.Reason is { } reason)
        {
            console.MarkupLineInterpolated($"  [red]skipped:[/] {reason}");
        }

        foreach (var missing in s.Missing)
        {
            console.MarkupLineInterpolated($"  [yellow]missing:[/] {missing}");
        }

        foreach (var issue in s.Issues)
        {
            console.MarkupLineInterpolated($"  [yellow]issue:[/] {issue}");
        }
    }

    private static string Device(InspectSummary s) => s.Device is { } device ? ", from " + device : "";
}
