namespace Harrier.Core.Activities;

/// <summary>Totals a device wrote for a lap or a session (FIT session/lap, TCX Lap). Absent values are null.</summary>
public sealed record ActivityTotals
{
    public ActivitySport Sport { get; init; }

    public DateTime? StartUtc { get; init; }

    public TimeSpan? ElapsedTime { get; init; }

    /// <summary>Time with the timer running (excludes pauses).</summary>
    public TimeSpan? TimerTime { get; init; }

    public double? DistanceMeters { get; init; }

    public double? AscentMeters { get; init; }

    public double? DescentMeters { get; init; }

    public double? AverageHeartRate { get; init; }

    public double? MaxHeartRate { get; init; }

    /// <summary>Average cadence: steps per minute on foot, revolutions per minute otherwise (see <see cref="ActivitySample"/>).</summary>
    public double? Cadence { get; init; }

    public double? AverageSpeedMetersPerSecond { get; init; }

    public double? MaxSpeedMetersPerSecond { get; init; }

    public double? Calories { get; init; }
}
