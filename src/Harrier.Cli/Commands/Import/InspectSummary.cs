using System.Text.Json;
using System.Text.Json.Serialization;
using Harrier.Core.Activities;
using Harrier.Import;

namespace Harrier.Cli.Commands.Import;

/// <summary>What <c>harrier inspect --json</c> prints for one file.</summary>
public sealed record InspectSummary(
    string File, string Format, string Sport, DateTimeOffset? StartTime, double DistanceMeters, double TimerSeconds, double ElapsedSeconds,
    double MovingSeconds, double AscentMeters, double DescentMeters, double? AvgHeartRate, double? MaxHeartRate, double? AvgCadence,
    int SampleCount, IReadOnlyList<InspectLap> Laps, IReadOnlyList<string> Issues)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static InspectSummary From(string file, Activity activity, ActivityMetrics metrics, IReadOnlyList<ParseIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(issues);
        return new InspectSummary(
            file, activity.Format.ToString().ToLowerInvariant(), activity.Sport.ToString().ToLowerInvariant(),
            activity.StartUtc is { } start ? new DateTimeOffset(start, TimeSpan.Zero) : null,
            Round(metrics.Distance.Meters), Round(metrics.TimerTime.TotalSeconds), Round(metrics.ElapsedTime.TotalSeconds),
            Round(metrics.MovingTime.TotalSeconds), Round(metrics.AscentMeters), Round(metrics.DescentMeters),
            metrics.AverageHeartRate is { } hr ? Round(hr) : null, metrics.MaxHeartRate, metrics.AverageCadence is { } c ? Round(c) : null,
            metrics.SampleCount, activity.Laps.Select(InspectLap.From).ToArray(), issues.Select(i => i.ToString()).ToArray());
    }

    private static double Round(double value) => Math.Round(value, 1);
}

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
