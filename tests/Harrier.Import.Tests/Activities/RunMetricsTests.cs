using Harrier.Core.Activities;
using Harrier.Core.Units;

namespace Harrier.Import.Tests.Activities;

/// <summary>What is computed once at import and stored: best efforts, the heart-rate histogram, the stored shape, the chart points.</summary>
public sealed class RunMetricsTests
{
    private static readonly DateTime T0 = new(2024, 5, 1, 6, 0, 0, DateTimeKind.Utc);

    /// <summary>A run at <paramref name="speeds"/> m/s, one sample a second per speed entry, with heart rate <paramref name="heartRate"/>.</summary>
    private static Activity Steady(double[] speeds, float heartRate = 150, bool withDistance = true)
    {
        var samples = new ActivitySample[speeds.Length + 1];
        double meters = 0;
        for (var i = 0; i <= speeds.Length; i++)
        {
            samples[i] = ActivitySample.Empty(T0.AddSeconds(i)) with
            {
                DistanceMeters = withDistance ? meters : double.NaN,
                Latitude = 51 + (meters / 111_320),
                Longitude = 0,
                HeartRate = heartRate,
            };
            meters += i < speeds.Length ? speeds[i] : 0;
        }

        return new Activity { Format = ActivityFormat.Fit, Sport = ActivitySport.Running, StartUtc = T0, Samples = samples };
    }

    [Fact]
    public void Compute_SixKilometresWithAFastKilometreInside_FindsBestEffortsByElapsedTime()
    {
        // 2 km at 4 m/s, 1 km at 5 m/s, 3 km at 4 m/s: the best kilometre is the fast one, 200 s.
        double[] speeds = [.. Enumerable.Repeat(4.0, 500), .. Enumerable.Repeat(5.0, 200), .. Enumerable.Repeat(4.0, 750)];

        var metrics = ActivityMetrics.Compute(Steady(speeds));

        Assert.Equal([1000.0, 5000], metrics.BestEfforts.Select(e => e.Distance.Meters));
        Assert.Equal(200, metrics.BestEfforts[0].Time.TotalSeconds, 3);
        Assert.Equal(200 + (4000 / 4.0), metrics.BestEfforts[1].Time.TotalSeconds, 3);
    }

    [Fact]
    public void Find_FasterThanTwoMinutesPerKilometre_IsAGlitchNotAnEffort()
    {
        double[] distance = [0, 1000, 2000];
        double[] seconds = [0, 100, 400];

        Assert.Null(BestEffort.Find(distance, seconds, 1000));
        Assert.Equal(400, BestEffort.Find(distance, seconds, 2000)!.Time.TotalSeconds, 6);
    }

    [Fact]
    public void Compute_HeartRate_FillsTheHistogramWithTheRecordedSeconds()
    {
        var metrics = ActivityMetrics.Compute(Steady([.. Enumerable.Repeat(3.0, 600)], heartRate: 152.4f));

        var bin = Assert.Single(metrics.HeartRateSeconds.Bins());
        Assert.Equal((152, 600.0), bin);
    }

    [Fact]
    public void From_ActivityMetrics_KeepsWhatIsStoredAtTheCurrentVersion()
    {
        var metrics = ActivityMetrics.Compute(Steady([.. Enumerable.Repeat(4.0, 2400)]));

        var stored = RunMetrics.From(metrics);

        Assert.Equal(RunMetrics.CurrentVersion, stored.Version);
        Assert.True(stored.IsCurrent);
        Assert.Equal((250.0, 1250.0), (stored.Best1Kilometer!.Value.TotalSeconds, stored.Best5Kilometers!.Value.TotalSeconds));
        Assert.Null(stored.Best10Kilometers);
        Assert.Equal(metrics.KilometerSplits, stored.Splits(DistanceUnit.Kilometers));
        Assert.Equal(metrics.MileSplits, stored.Splits(DistanceUnit.Miles));
        Assert.Equal(2, stored.BestEfforts.Count);
        Assert.Equal(metrics.MovingTime, stored.MovingTime);
        Assert.False((stored with { Version = 0 }).IsCurrent);
    }

    [Fact]
    public void RunChart_SamplesWithoutDistance_AreChartedAlongTheGpsTrackWithAPace()
    {
        var chart = RunChart.From(ActivityFormat.Gpx, Steady([.. Enumerable.Repeat(3.0, 300)], withDistance: false).Samples);

        Assert.InRange(chart.Points[^1].DistanceMeters, 880, 920);
        var paced = chart.Points.Where(p => p.SecondsPerKilometer is not null).ToArray();
        Assert.True(paced.Length > chart.Points.Count / 2);
        Assert.All(paced, p => Assert.InRange(p.SecondsPerKilometer!.Value, 320, 350));
        Assert.All(chart.Points, p => Assert.Equal(150, p.HeartRate));
    }

    [Fact]
    public void RunChart_ManySamples_IsThinned()
    {
        var chart = RunChart.From(ActivityFormat.Fit, Steady([.. Enumerable.Repeat(3.0, 6000)]).Samples, maxPoints: 600);

        Assert.InRange(chart.Points.Count, 590, 610);
    }
}
