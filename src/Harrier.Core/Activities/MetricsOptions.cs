namespace Harrier.Core.Activities;

/// <summary>Tuning for <see cref="ActivityMetrics"/>; the defaults suit running and walking.</summary>
public sealed record MetricsOptions
{
    public static MetricsOptions Default { get; } = new();

    /// <summary>Below this speed (m/s) between two samples the runner counts as stopped (0.5 m/s = 33 min/km).</summary>
    public double MovingSpeedThreshold { get; init; } = 0.5;

    /// <summary>A gap between samples longer than this without moving counts as a timer pause when the file has no timer data.</summary>
    public double AutoPauseGapSeconds { get; init; } = 10;

    /// <summary>GPS fixes closer than this to the last accepted fix are treated as jitter (distance from GPS only).</summary>
    public double GpsMinStepMeters { get; init; } = 2;

    /// <summary>A GPS step implying a speed above this (m/s) is a spike and skipped (distance from GPS only).</summary>
    public double GpsMaxSpeed { get; init; } = 60;

    public double ElevationThresholdMeters { get; init; } = ElevationFilter.DefaultThresholdMeters;

    /// <summary>Horizontal distance over which a grade is measured for grade-adjusted pace.</summary>
    public double GradeWindowMeters { get; init; } = 30;

    /// <summary>Longest interval credited to one sample's heart-rate zone.</summary>
    public double MaxZoneIntervalSeconds { get; init; } = 30;

    public HeartRateZones Zones { get; init; } = HeartRateZones.FromMaxHeartRate(190);
}
