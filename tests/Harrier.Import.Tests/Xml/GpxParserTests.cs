using System.Globalization;
using System.Text;
using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Xml;

public sealed class GpxParserTests
{
    private const double Step = 111.19508; // 0.001° of longitude on the equator: 6,371,008.8 m × π/180 × 0.001

    [Fact]
    public void Read_EquatorRun_MatchesHandComputedMetrics()
    {
        var result = TestFiles.Read("equator-run.gpx");
        var (_, activity, m, _) = result.Only();

        Assert.Empty(result.Issues);
        Assert.Equal(("Equator run", ActivitySport.Running, 6), (activity.Name, activity.Sport, activity.Samples.Length));
        Assert.Equal(new DateTime(2024, 5, 1, 6, 0, 0, DateTimeKind.Utc), activity.StartUtc);
        Assert.Equal(4 * Step, m.Distance.Meters, 0.01);
        Assert.Equal(DistanceSource.Gps, m.DistanceSource);
        Assert.Equal(TimeSpan.FromSeconds(180), m.ElapsedTime);
        Assert.Equal(TimeSpan.FromSeconds(120), m.MovingTime); // the 60 s stop is a pause
        Assert.Equal(TimeSpan.FromSeconds(120), m.TimerTime); // no device timer: elapsed less the stop
        Assert.Equal(120 / (4 * Step / 1000), m.AveragePace!.Value.SecondsPerKilometer, 0.01);
        Assert.Equal((30.0, 0.0), (m.AscentMeters, m.DescentMeters));
        Assert.Equal(135.0, m.AverageHeartRate!.Value, 6); // (120+130+140+150)·30 s / 120 s
        Assert.Equal(150.0, m.MaxHeartRate);
        Assert.Equal([0.0, 60, 60, 0, 0], m.TimeInZones.Select(t => t.TotalSeconds)); // zones of 190: 95/114/133/152/171
        Assert.Equal((85 + 90 + 90) / 3.0 * 2, m.Cadence!.Value, 6); // per-leg cad while moving, doubled
        Assert.Equal(187.8, m.GradeAdjustedPace!.Value.SecondsPerKilometer, 0.2); // 3 legs at 9 % (×1.582) + 1 flat leg
        Assert.Equal(4 * Step, Assert.Single(m.KilometerSplits).Distance.Meters, 0.01);
    }

    [Fact]
    public void Read_Gpx10WithAllFields_ReadsPoint()
    {
        var activity = TestFiles.Read("gpx1.0_with_all_fields.gpx").Only().Activity;

        var sample = Assert.Single(activity.Samples.ToArray());
        Assert.True(sample.HasPosition);
        Assert.True(sample.HasTime);
    }

    [Fact]
    public void Read_TrackWithEmptySegment_KeepsAllPoints()
    {
        var activity = TestFiles.Read("track-with-empty-segment.gpx").Only().Activity;

        Assert.Equal(9, activity.Samples.Length);
    }

    [Fact]
    public void Read_UnderGermanCulture_ParsesNumbersInvariantly()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var m = TestFiles.Read("equator-run.gpx").Only().Metrics;
            Assert.Equal(4 * Step, m.Distance.Meters, 0.01);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><gpx><trk><name>&x;</name></trk></gpx>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]><gpx>&b;</gpx>")]
    [InlineData("<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"></trkseg></gpx>")]
    public void Read_DtdOrMalformedXml_FailsWithClearError(string xml)
    {
        var result = ActivityReader.Read("x.gpx", Encoding.UTF8.GetBytes(xml));

        Assert.Equal(ParseErrorKind.MalformedXml, result.Error!.Kind);
        Assert.StartsWith("The XML is malformed", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedAfterPoints_KeepsPointsWithIssue()
    {
        const string Xml = "<gpx><trk><trkseg><trkpt lat=\"0\" lon=\"0\"/><trkpt lat=\"0\" lon=\"0.001\"/><trkpt lat=";

        var result = ActivityReader.Read("x.gpx", Encoding.UTF8.GetBytes(Xml));

        Assert.Equal(2, result.Only().Activity.Samples.Length);
        Assert.Contains(result.Issues, i => i.Message.StartsWith("The XML is malformed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("&#52;5.5", 45.5)]
    [InlineData("45.5&lt;", double.NaN)]
    [InlineData("", double.NaN)]
    [InlineData(" 45.5 ", 45.5)]
    public void Read_LatitudeAttribute_ParsedWithoutAllocatingOrThrowing(string text, double expected)
    {
        var xml = $"<gpx><trk><trkseg><trkpt lat=\"{text}\" lon=\"1\"><ele>1</ele></trkpt></trkseg></trk></gpx>";

        var sample = ActivityReader.Read("x.gpx", Encoding.UTF8.GetBytes(xml)).Only().Activity.Samples.Span[0];

        Assert.Equal(expected, sample.Latitude);
    }

    [Fact]
    public void Read_RouteOnly_IsAPlanNotARun()
    {
        const string Xml = "<gpx version=\"1.1\"><rte><rtept lat=\"0\" lon=\"0\"><time>2024-05-01T06:00:00Z</time></rtept>"
            + "<rtept lat=\"0\" lon=\"0.01\"><time>2024-05-01T06:05:00Z</time></rtept></rte></gpx>";

        var result = ActivityReader.Read("x.gpx", Encoding.UTF8.GetBytes(Xml));

        var read = result.Only();
        Assert.True(read.Activity.Planned);
        Assert.Equal(0, read.Activity.Samples.Length);
        Assert.Equal((ActivityStatus.Skipped, "a planned route or course, not a recorded activity"), (read.Check.Status, read.Check.Reason));
        Assert.Contains(result.Issues, i => i.Message.Contains("planned route (2 route points)", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TrackAndRoute_ReadsOnlyTheTrack()
    {
        const string Xml = "<gpx><rte><rtept lat=\"1\" lon=\"1\"/><rtept lat=\"1\" lon=\"2\"/></rte><trk><trkseg>"
            + "<trkpt lat=\"0\" lon=\"0\"><time>2024-05-01T06:00:00Z</time></trkpt><trkpt lat=\"0\" lon=\"0.001\"><time>2024-05-01T06:00:40Z</time></trkpt>"
            + "</trkseg></trk></gpx>";

        var read = ActivityReader.Read("x.gpx", Encoding.UTF8.GetBytes(Xml)).Only();

        Assert.Equal(2, read.Activity.Samples.Length);
        Assert.Equal(Step, read.Metrics.Distance.Meters, 0.01);
    }
}
