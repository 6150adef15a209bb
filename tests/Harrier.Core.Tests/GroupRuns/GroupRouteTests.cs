using Harrier.Core.Daylight;
using Harrier.Core.GroupRuns;

namespace Harrier.Core.Tests.GroupRuns;

public sealed class GroupRouteTests
{
    // A short loop in Victoria Park, London, starting near its east gate.
    private static readonly GroupRoute Loop = new("Park loop", [(51.5362, -0.0410), (51.5380, -0.0430), (51.5395, -0.0400), (51.5362, -0.0410)], 1200, 5);

    [Fact]
    public void FarFrom_RoutePassingTheMeetingPoint_NoWarning()
    {
        Assert.Null(Loop.FarFrom(new Coordinates(51.5365, -0.0412), "Victoria Park, east gate"));
        Assert.InRange(Loop.MetersFrom(new Coordinates(51.5362, -0.0410)), 0, 1);
    }

    [Theory]
    [InlineData(51.5074, -0.1278, "6.")] // central London, about 7 km away
    [InlineData(48.8566, 2.3522, "3")] // Paris: hundreds of km
    public void FarFrom_RouteNowhereNearTheMeetingPoint_SaysHowFarInPlainWords(double latitude, double longitude, string startsWith)
    {
        var warning = Loop.FarFrom(new Coordinates(latitude, longitude), "the meeting point");

        Assert.NotNull(warning);
        Assert.StartsWith("This route comes no closer than " + startsWith, warning, StringComparison.Ordinal);
        Assert.EndsWith("km to the meeting point: check the file and the place.", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void FarFrom_JustInsideAndOutsideAKilometre()
    {
        // 0.009° of latitude is about 1.0 km.
        Assert.Null(Loop.FarFrom(new Coordinates(51.5362 - 0.0085, -0.0410), "here"));
        Assert.NotNull(Loop.FarFrom(new Coordinates(51.5362 - 0.0095, -0.0410), "here"));
    }
}
