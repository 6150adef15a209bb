using System.Text.Json;
using System.Text.Json.Serialization;
using Harrier.Core.Activities;
using Harrier.Import;

namespace Harrier.Cli.Commands.Import;

/// <summary>What <c>harrier inspect --json</c> prints for one activity of a file (a triathlon gives one line per leg).</summary>
/// <param name="File">The file as given (with "!entry" inside an archive).</param>
/// <param name="Session">The activity's 0-based index in the file, in time order.</param>
/// <param name="Status">"complete", "partial" (see <paramref name="Missing"/>) or "skipped" (see <paramref name="Reason"/>).</param>
/// <param name="Device">The device or app that wrote the file, as a person would name it.</param>
/// <param name="Cadence">Average cadence while moving: steps per minute on foot, revolutions per minute otherwise.</param>
/// <param name="Splits">Per kilometre: the distance (a partial last split shows its real distance) and the moving seconds it took.</param>
public sealed record InspectSummary(
    string File, int Session, string Format, string Sport, string? Device, DateTimeOffset? StartTime, string Status, string? Reason,
    IReadOnlyList<string> Missing, double DistanceMeters, double TimerSeconds, double ElapsedSeconds, double MovingSeconds,
    double AscentMeters, double DescentMeters, double? AvgHeartRate, double? MaxHeartRate, double? Cadence, int SampleCount,
    IReadOnlyList<InspectSplit> Splits, IReadOnlyList<InspectLap> Laps, IReadOnlyList<string> Issues)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static InspectSummary From(string file, ReadActivity read, IReadOnlyList<ParseIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(issues);
        var (activity, metrics, check) = (read.Activity, read.Metrics, read.Check);
        return new InspectSummary(
            file, read.Session, activity.Format.ToString().ToLowerInvariant(), activity.Sport.ToString().ToLowerInvariant(), activity.Creator,
            activity.StartUtc is { } start ? new DateTimeOffset(start, TimeSpan.Zero) : null, check.Status.ToString().ToLowerInvariant(),
            check.Reason, check.Missing, Round(metrics.Distance.Meters), Round(metrics.TimerTime.TotalSeconds),
            Round(metrics.ElapsedTime.TotalSeconds), Round(metrics.MovingTime.TotalSeconds), Round(metrics.AscentMeters),
            Round(metrics.DescentMeters), metrics.AverageHeartRate is { } hr ? Round(hr) : null, metrics.MaxHeartRate,
            metrics.Cadence is { } c ? Round(c) : null, metrics.SampleCount,
            [.. metrics.KilometerSplits.Select(s => new InspectSplit(Round(s.Distance.Meters), Round(s.MovingTime.TotalSeconds)))],
            [.. activity.Laps.Select(InspectLap.From)], [.. issues.Select(i => i.ToString())]);
    }

    private static double Round(double value) => Math.Round(value, 1);
}

/// <summary>One split: its distance in metres (1000 but for the last) and the moving time it took, in seconds.</summary>
public sealed record InspectSplit(double DistanceMeters, double Seconds);

/// <summary>A lap as the device summarised it.</summary>
public sealed record InspectLap(DateTimeOffset? StartTime, double? DistanceMeters, double? TimerSeconds, double? ElapsedSeconds, double? AvgHeartRate)
{
    public static InspectLap From(ActivityTotals lap)
    {
        ArgumentNullException.ThrowIfNull(lap);
        return new InspectLap(lap.StartUtc is { } s ? new DateTimeOffset(s, TimeSpan.Zero) : null, lap.DistanceMeters,
            lap.TimerTime?.TotalSeconds, lap.ElapsedTime?.TotalSeconds, lap.AverageHeartRate);
    }
}
