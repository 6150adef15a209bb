using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Activities;

public sealed class ActivityMetricsTests
{
    [Fact]
    public void Splits_TwoAndAHalfKilometres_InterpolatesBoundaries()
    {
        double[] distance = [0, 500, 1500, 2500];
        double[] moving = [0, 150, 450, 750];

        var splits = ActivityMetrics.Splits(distance, moving, 1000);

        Assert.Equal([1000.0, 1000, 500], splits.Select(s => Math.Round(s.Distance.Meters, 6)));
        Assert.Equal([300.0, 300, 150], splits.Select(s => Math.Round(s.MovingTime.TotalSeconds, 6)));
    }

    [Fact]
    public void BestTime_FastMiddleKilometre_IsFound()
    {
        double[] distance = [0, 1000, 2000, 3000];
        double[] moving = [0, 300, 540, 840];

        Assert.Equal(TimeSpan.FromSeconds(240), ActivityMetrics.BestTime(distance, moving, 1000));
    }

    [Theory]
    [InlineData(90, -1)]
    [InlineData(95, 0)]
    [InlineData(150, 2)]
    [InlineData(185, 4)]
    public void ZoneOf_HeartRate_UsesPercentOfMax(double heartRate, int zone)
    {
        Assert.Equal(zone, HeartRateZones.FromMaxHeartRate(190).ZoneOf(heartRate));
    }

    [Fact]
    public void Compute_EmptyActivity_GivesZeros()
    {
        var metrics = ActivityMetrics.Compute(new Activity { Format = ActivityFormat.Gpx });

        Assert.Equal(0, metrics.Distance.Meters);
        Assert.Equal(TimeSpan.Zero, metrics.MovingTime);
        Assert.Null(metrics.AveragePace);
        Assert.Empty(metrics.KilometerSplits);
    }
}
