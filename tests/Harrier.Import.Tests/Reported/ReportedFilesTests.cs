using System.Globalization;
using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Reported;

/// <summary>The publicly reported problem files of the shared corpus (reported/README.md) give their documented right answers.</summary>
public sealed class ReportedFilesTests
{
    private static ReadActivity Read(string name)
    {
        Corpus.SkipIfMissing();
        var result = ActivityReader.Read(name, File.ReadAllBytes(Corpus.PathOf("reported", name)));
        Assert.Null(result.Error);
        return result.Only();
    }

    private static DateTime Utc(string text) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);

    [Theory]
    [InlineData("C01-strava-tcx-leading-whitespace.tcx", "2019-06-20T06:05:00Z", 3591, 1197, 172)]
    [InlineData("C03-strava-gpx-type-9.gpx", "2016-11-21T07:25:02Z", 3591, 1197, 172)]
    public void Read_StravaFiles_AreRunsWithCadenceInSteps(string name, string start, double meters, double seconds, double cadence)
    {
        var (_, activity, m, check) = Read(name);

        Assert.Equal((ActivitySport.Running, Utc(start), ActivityStatus.Complete), (activity.Sport, activity.StartUtc!.Value, check.Status));
        Assert.Equal(meters, m.Distance.Meters, 0.5);
        Assert.Equal(seconds, m.TimerTime.TotalSeconds, 0.5);
        Assert.Equal(seconds, m.ElapsedTime.TotalSeconds, 0.5);
        Assert.Equal(cadence, m.Cadence!.Value, 0.5);
        Assert.All(activity.Samples.ToArray().Where(s => s.Cadence > 0), s => Assert.InRange(s.Cadence, 150, 200));
    }

    [Fact]
    public void Read_StravaTcx_HasItsHeartRateAndOneLap()
    {
        var (_, activity, m, _) = Read("C01-strava-tcx-leading-whitespace.tcx");

        Assert.Equal((151.0, 151.0), (Math.Round(m.AverageHeartRate!.Value), m.MaxHeartRate!.Value));
        Assert.Single(activity.Laps);
    }

    [Theory]
    [InlineData("C05-wahoo-fit-distance-backstep.fit", ActivityStatus.Complete)]
    [InlineData("C05b-wahoo-fit-distance-backstep-nosession.fit", ActivityStatus.Partial)]
    public void Read_DistanceSteppingBack_NeverAddsDistance(string name, ActivityStatus status)
    {
        var (_, activity, m, check) = Read(name);

        Assert.Equal((3597.0, status, ActivitySport.Running), (Math.Round(m.Distance.Meters, 1), check.Status, activity.Sport));
        Assert.Equal([1000.0, 1000, 1000, 597], m.KilometerSplits.Select(s => Math.Round(s.Distance.Meters, 1)));
        Assert.Equal([333.3, 333.3, 333.3, 199.0], m.KilometerSplits.Select(s => Math.Round(s.MovingTime.TotalSeconds, 1)));
        Assert.Equal(1000 / 3.0, m.BestEfforts[0].Time.TotalSeconds, 1.0); // the readings around a step back are a metre or two off
    }

    [Fact]
    public void Read_ReplayedSegments_CountEachStretchOnce()
    {
        var (_, _, m, _) = Read("C07-outrun-gpx-repeated-segments.gpx");

        Assert.Equal(4945, m.Distance.Meters, 1.0);
        Assert.Equal(1795, m.ElapsedTime.TotalSeconds, 0.5);
    }

    [Theory]
    [InlineData("C08-endomondo-manual-tcx-no-trackpoints.tcx")]
    [InlineData("C08b-endomondo-manual-tcx-one-trackpoint.tcx")]
    public void Read_ManualActivityWithLapTotalsOnly_TakesTheTotals(string name)
    {
        var (_, _, m, check) = Read(name);

        Assert.Equal((5000.0, 1800.0, 1800.0, 1800.0),
            (m.Distance.Meters, m.TimerTime.TotalSeconds, m.ElapsedTime.TotalSeconds, m.MovingTime.TotalSeconds));
        Assert.Equal(ActivityStatus.Partial, check.Status);
        Assert.Equal(["the recorded samples (the file holds only the summary)"], check.Missing);
    }

    [Fact]
    public void Read_FitSystemTimestamps_AreAnchoredOnTimeCreatedWithAnIssue()
    {
        Corpus.SkipIfMissing();
        var result = ActivityReader.Read("C09.fit", File.ReadAllBytes(Corpus.PathOf("reported", "C09-fit-relative-system-timestamps.fit")));
        var (_, activity, m, _) = result.Only();

        Assert.Equal(Utc("2016-09-09T10:46:33Z"), activity.StartUtc);
        Assert.Equal((3597.0, 1199.0), (Math.Round(m.Distance.Meters), Math.Round(m.TimerTime.TotalSeconds)));
        Assert.Contains(result.Issues, i => i.Message.Contains("power-on", StringComparison.Ordinal));
        Assert.All(activity.Samples.ToArray(), s => Assert.Equal(2016, s.TimeUtc.Year));
    }

    [Theory]
    [InlineData("C11-gpx-segments-pause.gpx", 2646, 1790)]
    [InlineData("C13-gpx-duplicate-timestamps.gpx", 2997.5, 1199)]
    [InlineData("C14-gpx-antimeridian.gpx", 2400, 800)]
    [InlineData("C15-fit-devfields-unusual-types.fit", 3597, 1199)]
    public void Read_AlreadyRightFiles_StayRight(string name, double meters, double elapsed)
    {
        var (_, _, m, check) = Read(name);

        Assert.Equal(meters, m.Distance.Meters, 1.0);
        Assert.Equal(elapsed, m.ElapsedTime.TotalSeconds, 0.5);
        Assert.Equal(ActivityStatus.Complete, check.Status);
    }

    [Fact]
    public void Read_SegmentsWithAPause_MoveOnlyWhileMoving()
    {
        Assert.Equal(1190, Read("C11-gpx-segments-pause.gpx").Metrics.MovingTime.TotalSeconds, 0.5);
    }

    [Fact]
    public void Read_TimezoneOffsetTimes_AreUtc()
    {
        Assert.Equal(Utc("2022-03-27T20:32:01.137Z"), Read("C12-gpx-timezone-offset-plus2.gpx").Activity.StartUtc);
    }
}
