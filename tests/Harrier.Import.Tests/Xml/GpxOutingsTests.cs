using System.Globalization;
using System.Text;
using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Xml;

/// <summary>GPX tracks, segments and replays: what counts as distance and what is one outing.</summary>
public sealed class GpxOutingsTests
{
    private const double Step = 111.19508; // 0.001° of longitude on the equator
    private static readonly DateTime T0 = new(2024, 5, 1, 6, 0, 0, DateTimeKind.Utc);

    /// <summary>Points every 30 s, 0.001° apart along the equator from <paramref name="fromLon"/>, starting <paramref name="minutes"/> after T0.</summary>
    private static string Points(double fromLon, int count, double minutes, int cad = 86) => string.Concat(Enumerable.Range(0, count).Select(i =>
        string.Create(CultureInfo.InvariantCulture,
            $"<trkpt lat=\"0\" lon=\"{fromLon + (0.001 * i):0.000}\"><time>{T0.AddMinutes(minutes).AddSeconds(30 * i):yyyy-MM-ddTHH:mm:ssZ}</time><extensions><cad>{cad}</cad></extensions></trkpt>")));

    private static string Track(string type, params string[] segments) =>
        $"<trk><name>{type} track</name><type>{type}</type>" + string.Concat(segments.Select(s => $"<trkseg>{s}</trkseg>")) + "</trk>";

    private static ActivityParseResult Read(params string[] tracks) =>
        ActivityReader.Read("x.gpx", Encoding.UTF8.GetBytes("<gpx version=\"1.1\" creator=\"tests\">" + string.Concat(tracks) + "</gpx>"));

    [Fact]
    public void Read_SegmentReplayingAnEarlierOne_CountsTheStretchOnce()
    {
        var result = Read(Track("running", Points(0, 11, 0), Points(0, 21, 0)));

        var read = result.Only();
        Assert.Equal(20 * Step, read.Metrics.Distance.Meters, 0.5);
        Assert.Equal(600, read.Metrics.ElapsedTime.TotalSeconds);
        Assert.Contains(result.Issues, i => i.Message.StartsWith("10 points with times earlier", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_GapBetweenSegments_IsNotDistance()
    {
        // The second segment starts 0.1° (11 km) further on, 10 minutes after the first ended.
        var read = Read(Track("running", Points(0, 11, 0), Points(0.1, 11, 15))).Only();

        Assert.Equal(20 * Step, read.Metrics.Distance.Meters, 0.5);
        Assert.Equal(600, read.Metrics.MovingTime.TotalSeconds);
    }

    [Fact]
    public void Read_TracksHoursApart_AreSeparateOutings()
    {
        var result = Read(Track("running", Points(0, 11, 0)), Track("running", Points(0, 21, 300)));

        Assert.Equal([0, 1], result.Activities.Select(a => a.Session));
        Assert.Equal([10 * Step, 20 * Step], result.Activities.Select(a => Math.Round(a.Metrics.Distance.Meters, 3)), new Tolerance(0.5));
        Assert.Equal([T0, T0.AddHours(5)], result.Activities.Select(a => a.Activity.StartUtc!.Value));
        Assert.All(result.Activities, a => Assert.Equal(0, a.Activity.Samples.Span[0].DistanceMeters));
    }

    [Fact]
    public void Read_TracksMinutesApart_AreOneOuting()
    {
        var read = Read(Track("running", Points(0, 11, 0)), Track("running", Points(0.01, 11, 8))).Only();

        Assert.Equal(20 * Step, read.Metrics.Distance.Meters, 0.5);
    }

    [Fact]
    public void Read_RunThenRideTracks_AreTwoActivitiesWithTheirOwnSport()
    {
        var result = Read(Track("running", Points(0, 11, 0)), Track("cycling", Points(0.01, 11, 6, cad: 90)));

        Assert.Equal([ActivitySport.Running, ActivitySport.Cycling], result.Activities.Select(a => a.Activity.Sport));
        Assert.Equal([172.0, 90.0], result.Activities.Select(a => a.Metrics.Cadence!.Value));
    }

    [Fact]
    public void Read_StravaNumericTypes_NameTheSport()
    {
        var result = Read(Track("9", Points(0, 11, 0)), Track("1", Points(0, 11, 300)), Track("10", Points(0, 11, 600)));

        Assert.Equal([ActivitySport.Running, ActivitySport.Cycling, ActivitySport.Walking], result.Activities.Select(a => a.Activity.Sport));
    }

    private sealed class Tolerance(double delta) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= delta;

        public int GetHashCode(double obj) => 0;
    }
}
