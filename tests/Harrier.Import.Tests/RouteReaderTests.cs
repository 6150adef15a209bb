using System.Text;
using Harrier.Import.Sources;

namespace Harrier.Import.Tests;

/// <summary>Routes for group runs: a GPX route (rte) or track, without times; the same bounds as activity files.</summary>
public sealed class RouteReaderTests
{
    private static (Core.GroupRuns.GroupRoute? Route, string? Error) Read(string text, string name = "loop.gpx", ImportLimits? limits = null) =>
        RouteReader.Read(name, new MemoryStream(Encoding.UTF8.GetBytes(text)), limits ?? ImportLimits.Default, CancellationToken.None);

    [Fact]
    public void Route_WithoutTimes_DistanceAndClimbFromItsPoints()
    {
        const string Gpx = """
            <gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><rte><name>Equator loop</name>
            <rtept lat="0" lon="0"><ele>10</ele></rtept><rtept lat="0" lon="0.001"><ele>20</ele></rtept>
            <rtept lat="0" lon="0.002"><ele>30</ele></rtept><rtept lat="0" lon="0.003"><ele>30</ele></rtept></rte></gpx>
            """;
        var (route, error) = Read(Gpx);

        Assert.Null(error);
        Assert.Equal("Equator loop", route!.Name);
        Assert.Equal(4, route.Points.Count);
        Assert.Equal(3 * 111.19508, route.Meters, 0.5);
        Assert.InRange(route.AscentMeters, 15, 20);
    }

    [Fact]
    public void Track_AndName_FromTheFileNameWhenTheFileHasNone()
    {
        const string Gpx = """<gpx><trk><trkseg><trkpt lat="51.5" lon="-0.1"/><trkpt lat="51.501" lon="-0.1"/></trkseg></trk></gpx>""";
        var (route, error) = Read(Gpx, "park-loop.gpx");

        Assert.Null(error);
        Assert.Equal("park-loop", route!.Name);
        Assert.Equal(111.2, route.Meters, 0.5);
    }

    [Theory]
    [InlineData("<gpx><rte><rtept lat=\"1\" lon=\"1\"/></rte></gpx>", "at least two points")]
    [InlineData("<gpx><rte><rtept lat=", "could not be read")]
    [InlineData("hello", "could not be read")]
    [InlineData("", "could not be read")]
    public void NotARoute_APlainWordsError(string text, string words)
    {
        var (route, error) = Read(text);
        Assert.Null(route);
        Assert.Contains(words, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TooLarge_RefusedWithinTheLimit()
    {
        var big = "<gpx><rte>" + string.Concat(Enumerable.Repeat("<rtept lat=\"1\" lon=\"1\"/>", 5000)) + "</rte></gpx>";
        var (route, error) = Read(big, limits: ImportLimits.Default with { MaxFileBytes = 10_000 });
        Assert.Null(route);
        Assert.Contains("too large", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ActivityImport_StillReadsARouteAsAPlan()
    {
        var result = ActivityReader.Read("r.gpx", Encoding.UTF8.GetBytes("<gpx><rte><rtept lat=\"1\" lon=\"1\"/><rtept lat=\"1\" lon=\"2\"/></rte></gpx>"));
        Assert.True(result.Activities[0].Activity.Planned);
        Assert.Equal(0, result.Activities[0].Activity.Samples.Length);
    }
}
