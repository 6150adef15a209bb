using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Activities;

public sealed class GeodesyTests
{
    [Theory]
    [InlineData(0, 0, 0, 1, 111_195.08)] // one degree on the equator: R·π/180
    [InlineData(0, 0, 1, 0, 111_195.08)] // one degree of latitude
    [InlineData(51.5, -0.1, 51.5, -0.1, 0)]
    [InlineData(0, 0, 0, 180, 20_015_114.44)] // half the great circle: π·R
    public void HaversineMeters_KnownLegs_MatchSphereFormula(double lat1, double lon1, double lat2, double lon2, double expected)
    {
        Assert.Equal(expected, Geodesy.HaversineMeters(lat1, lon1, lat2, lon2), 0.01);
    }

    [Fact]
    public void VincentyMeters_FlindersPeakToBuninyong_MatchesPublishedValue()
    {
        // Vincenty (1975)'s own worked example, also in Geoscience Australia's GDA manual: 54,972.271 m.
        static double Dms(int d, int m, double s) => Math.Sign(d) * (Math.Abs(d) + (m / 60.0) + (s / 3600.0));
        var meters = Geodesy.VincentyMeters(Dms(-37, 57, 3.72030), Dms(144, 25, 29.52440), Dms(-37, 39, 10.15610), Dms(143, 55, 35.38390));

        Assert.Equal(54_972.271, meters, 0.001);
    }

    [Fact]
    public void HaversineMeters_ShortLeg_AgreesWithVincentyWithinHalfPercent()
    {
        var sphere = Geodesy.HaversineMeters(51.5, -0.1, 51.501, -0.099);
        var ellipsoid = Geodesy.VincentyMeters(51.5, -0.1, 51.501, -0.099);

        Assert.InRange(sphere / ellipsoid, 0.995, 1.005);
    }
}
