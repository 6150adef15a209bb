using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Xml;

public sealed class TcxParserTests
{
    [Fact]
    public void Read_TwoLaps_MatchesHandComputedMetrics()
    {
        var result = TestFiles.Read("two-laps.tcx");
        var (_, activity, m, _) = result.Only();

        Assert.Empty(result.Issues);
        Assert.Equal((ActivitySport.Running, "Forerunner Test", 3), (activity.Sport, activity.Creator, activity.Samples.Length));
        Assert.Equal(2, activity.Laps.Count);
        Assert.Equal((140.0, 150.0, 40.0), (activity.Laps[0].AverageHeartRate, activity.Laps[0].MaxHeartRate, activity.Laps[0].Calories));
        var session = Assert.Single(activity.Sessions);
        Assert.Equal((1000.0, 300.0, 81.0), (session.DistanceMeters, session.TimerTime!.Value.TotalSeconds, session.Calories));
        Assert.Equal((1000.0, DistanceSource.DeviceSummary), (m.Distance.Meters, m.DistanceSource));
        Assert.Equal(TimeSpan.FromSeconds(300), m.TimerTime);
        Assert.Equal(TimeSpan.FromSeconds(300), m.ElapsedTime);
        Assert.Equal(300.0, m.AveragePace!.Value.SecondsPerKilometer, 6);
        Assert.Equal(140.0, m.AverageHeartRate!.Value, 6); // 130 and 150 for 30 s each (intervals capped at 30 s)
        Assert.Equal(160.0, m.MaxHeartRate);
        Assert.Equal(180.0, m.Cadence); // RunCadence 90 per leg while moving
        Assert.Equal(3.3f, activity.Samples.Span[0].SpeedMetersPerSecond, 4);
        Assert.Equal(12.5f, activity.Samples.Span[0].AltitudeMeters, 4);
    }

    [Fact]
    public void Read_PoolSwim_ReadsLapsAndDistance()
    {
        var result = TestFiles.Read("pool_swim-activity_1.tcx");
        var m = result.Only().Metrics;

        Assert.Equal(1500.0, m.Distance.Meters, 3);
        Assert.Equal(1531.0, m.TimerTime.TotalSeconds, 0.5);
        Assert.Equal(32, m.SampleCount);
    }
}
