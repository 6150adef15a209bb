using Harrier.Core.Activities;
using Harrier.Import.Fit;
using static Harrier.Import.Tests.Fit.FitBuilder;

namespace Harrier.Import.Tests.Fit;

/// <summary>FIT files with several sessions (a triathlon, two runs), system-time timestamps and device names.</summary>
public sealed class FitSessionsTests
{
    private const long Time0 = 1_000_000_000; // 2021-09-08T01:46:40Z as FIT seconds
    private static readonly DateTime Start = new(2021, 9, 8, 1, 46, 40, DateTimeKind.Utc);

    private sealed record Leg(int Sport, int Seconds, double Speed, int Cadence, long At);

    /// <summary>A file_id, one record a second per leg (the distance counter running on across legs), then the sessions.</summary>
    private static byte[] File(long timeCreated, double counterStart, params Leg[] legs)
    {
        var fit = new FitBuilder()
            .Definition(0, 0, false, (0, 1, BtEnum), (1, 2, BtUInt16), (2, 2, BtUInt16), (4, 4, BtUInt32))
            .Data(0, U8(4), U16(1), U16(2691), U32(timeCreated))
            .Definition(1, 20, false, (253, 4, BtUInt32), (5, 4, BtUInt32), (6, 2, BtUInt16), (4, 1, BtUInt8))
            .Definition(2, 18, false, (253, 4, BtUInt32), (2, 4, BtUInt32), (7, 4, BtUInt32), (8, 4, BtUInt32), (9, 4, BtUInt32), (5, 1, BtEnum),
                (18, 1, BtUInt8));
        var counter = counterStart;
        foreach (var leg in legs)
        {
            for (var i = 0; i <= leg.Seconds; i++)
            {
                fit.Data(1, U32(leg.At + i), U32((long)Math.Round((counter + (i * leg.Speed)) * 100)), U16((int)(leg.Speed * 1000)), U8(leg.Cadence));
            }

            counter += leg.Seconds * leg.Speed;
        }

        foreach (var leg in legs)
        {
            fit.Data(2, U32(leg.At + leg.Seconds), U32(leg.At), U32(leg.Seconds * 1000L), U32(leg.Seconds * 1000L),
                U32((long)Math.Round(leg.Seconds * leg.Speed * 100)), U8(leg.Sport), U8(leg.Cadence));
        }

        return fit.Build();
    }

    private static readonly Leg[] Triathlon =
    [
        new(5, 600, 1.0, 30, Time0), new(3, 90, 1.5, 0xFF, Time0 + 600), new(2, 1800, 8.0, 90, Time0 + 690),
        new(3, 60, 1.5, 0xFF, Time0 + 2490), new(1, 1200, 3.2, 85, Time0 + 2550),
    ];

    [Fact]
    public void Read_Triathlon_GivesOneActivityPerLegWithItsOwnSportAndTotals()
    {
        var result = ActivityReader.Read("tri.fit", File(Time0, 0, Triathlon));

        var legs = result.Activities;
        Assert.Equal([0, 1, 2, 3, 4], legs.Select(l => l.Session));
        Assert.Equal(
            [ActivitySport.Swimming, ActivitySport.Transition, ActivitySport.Cycling, ActivitySport.Transition, ActivitySport.Running],
            legs.Select(l => l.Activity.Sport));
        Assert.Equal([600.0, 135, 14_400, 90, 3840], legs.Select(l => l.Metrics.Distance.Meters));
        Assert.Equal([600.0, 90, 1800, 60, 1200], legs.Select(l => l.Metrics.ElapsedTime.TotalSeconds));
        Assert.All(legs, l => Assert.Equal(ActivityStatus.Complete, l.Check.Status));
    }

    [Fact]
    public void Read_TriathlonRunLeg_HasDistanceFromItsOwnStartAndCadenceInSteps()
    {
        var run = ActivityReader.Read("tri.fit", File(Time0, 0, Triathlon)).Activities[^1];

        var samples = run.Activity.Samples.ToArray();
        Assert.Equal(Start.AddSeconds(2550), run.Activity.StartUtc);
        Assert.Equal(0, samples[0].DistanceMeters);
        Assert.Equal(3840, samples[^1].DistanceMeters, 0.01);
        Assert.Equal([1000.0, 1000, 1000, 840], run.Metrics.KilometerSplits.Select(s => Math.Round(s.Distance.Meters, 3)));
        Assert.Equal(170.0, run.Metrics.Cadence);
        Assert.Equal(170.0, Assert.Single(run.Activity.Sessions).Cadence);
    }

    [Fact]
    public void Read_TwoRunsInOneFile_AreTwoRuns()
    {
        var result = ActivityReader.Read("two.fit", File(Time0, 0, new Leg(1, 1800, 3, 85, Time0), new Leg(1, 2400, 2.5, 80, Time0 + 36_000)));

        Assert.Equal([ActivitySport.Running, ActivitySport.Running], result.Activities.Select(a => a.Activity.Sport));
        Assert.Equal([5400.0, 6000], result.Activities.Select(a => a.Metrics.Distance.Meters));
        Assert.Equal([Start, Start.AddHours(10)], result.Activities.Select(a => a.Activity.StartUtc!.Value));
        Assert.Equal([1801, 2401], result.Activities.Select(a => a.Activity.Samples.Length));
    }

    [Fact]
    public void Read_SystemTimestamps_AreAnchoredOnTimeCreated()
    {
        var result = ActivityReader.Read("relative.fit", File(Time0, 0, new Leg(1, 1200, 3, 85, 1000)));

        var run = result.Only();
        Assert.Equal(Start.AddSeconds(1000), run.Activity.StartUtc);
        Assert.Equal(ActivityStatus.Complete, run.Check.Status);
        Assert.Contains(result.Issues, i => i.Message.Contains("anchored on the file's creation time", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SystemTimestampsWithoutAnchor_HaveNoStartNeverA1989Date()
    {
        var result = ActivityReader.Read("relative.fit", File(500, 0, new Leg(1, 1200, 3, 85, 1000)));

        var run = result.Only();
        Assert.Null(run.Activity.StartUtc);
        Assert.All(run.Activity.Samples.ToArray(), s => Assert.False(s.HasTime));
        Assert.Equal(ActivityStatus.Skipped, run.Check.Status);
        Assert.Contains(result.Issues, i => i.Message.Contains("no clock time to anchor them", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, 2691, "Garmin Forerunner 935")]
    [InlineData(1, 4315, "Garmin Forerunner 965")]
    [InlineData(15, 2697, "Garmin Fenix 5")]
    [InlineData(1, 9, "Garmin device 9")]
    [InlineData(32, 31, "Wahoo Fitness device 31")]
    [InlineData(294, double.NaN, "COROS")]
    [InlineData(9999, 4, "manufacturer 9999, device 4")]
    [InlineData(double.NaN, 4, null)]
    public void Describe_ManufacturerAndProduct_ReadsAsAPersonWouldSayIt(double manufacturer, double product, string? name)
    {
        Assert.Equal(name, FitDevices.Describe(manufacturer, product));
    }

    [Fact]
    public void Read_FileId_NamesTheDevice()
    {
        Assert.Equal("Garmin Forerunner 935", ActivityReader.Read("x.fit", File(Time0, 0, Triathlon[^1])).Only().Activity.Creator);
    }
}
