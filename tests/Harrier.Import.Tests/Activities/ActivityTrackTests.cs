using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Activities;

public sealed class ActivityTrackTests
{
    private static readonly DateTime T0 = new(2024, 5, 1, 6, 0, 0, DateTimeKind.Utc);

    private static double[] DeviceDistance(params double[] readings) => DeviceDistanceEvery(1, readings);

    private static double[] DeviceDistanceEvery(int secondsApart, params double[] readings)
    {
        var samples = readings.Select((d, i) => ActivitySample.Empty(T0.AddSeconds(i * secondsApart)) with { DistanceMeters = d, SpeedMetersPerSecond = 3 })
            .ToArray();
        return ActivityTrack.From(new Activity { Format = ActivityFormat.Fit, Samples = samples }, MetricsOptions.Default).DistanceMeters.ToArray();
    }

    [Fact]
    public void From_CounterStartingAt40Km_IsRelativeToTheStart()
    {
        Assert.Equal([0.0, 3, 6, 9], DeviceDistance(40_000, 40_003, 40_006, 40_009));
    }

    [Fact]
    public void From_SmallFirstReading_IsDistanceSinceTheStart()
    {
        Assert.Equal([25.0, 50, 75], DeviceDistance(25, 50, 75));
    }

    [Fact]
    public void From_StepBack_NeverGoesBackAndIsInterpolated()
    {
        Assert.Equal([0.0, 3, 6, 9, 12, 15], DeviceDistance(0, 3, 6, 4, 12, 15));
    }

    [Fact]
    public void From_NoAdvanceWhileTheDeviceSaysMoving_IsInterpolated()
    {
        Assert.Equal([0.0, 3, 6, 9, 12], DeviceDistance(0, 3, 6, 6, 12));
    }

    [Fact]
    public void From_CounterRestarting_AddsTheNewLeg()
    {
        Assert.Equal([0.0, 1000, 2000, 2000, 2300], DeviceDistanceEvery(300, 0, 1000, 2000, 0, 300));
    }

    [Fact]
    public void From_SingleSpike_IsIgnored()
    {
        Assert.Equal([0.0, 3, 6, 9, 12, 15], DeviceDistance(0, 3, 6, 5_000_000, 12, 15));
    }

    [Fact]
    public void From_GpsSegments_DoNotCountTheLineAcrossTheGap()
    {
        // 0.001° of longitude on the equator is 111.2 m; the second segment starts 0.1° (11 km) further on.
        double[] lon = [0, 0.001, 0.002, 0.102, 0.103];
        var samples = lon.Select((x, i) => ActivitySample.Empty(T0.AddSeconds(40 * i)) with { Latitude = 0, Longitude = x }).ToArray();
        var activity = new Activity { Format = ActivityFormat.Gpx, Samples = samples, SegmentStarts = [3] };

        var distance = ActivityTrack.From(activity, MetricsOptions.Default).DistanceMeters.Span;

        Assert.Equal(3 * 111.195, distance[^1], 0.1);
        Assert.Equal(distance[2], distance[3]);
    }
}
