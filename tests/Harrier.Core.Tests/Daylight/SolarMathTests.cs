using Harrier.Core.Daylight;

namespace Harrier.Core.Tests.Daylight;

public sealed class SolarMathTests
{
    [Theory]
    [InlineData("2024-03-20T03:06:00Z", 0.0)]
    [InlineData("2024-09-22T12:44:00Z", 0.0)]
    [InlineData("2024-06-20T20:51:00Z", 23.44)]
    [InlineData("2024-12-21T09:21:00Z", -23.44)]
    public void Sun_AtTheEquinoxesAndSolstices_HasTheKnownDeclination(string utc, double expected)
    {
        // Instants of the 2024 equinoxes and solstices (US Naval Observatory, "Earth's Seasons"); the obliquity is 23.44°.
        var at = DateTime.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);

        var declination = SolarMath.Sun(SolarMath.JulianDay(at)).DeclinationDegrees;

        Assert.Equal(expected, declination, 0.01);
    }

    [Theory]
    [InlineData("2024-02-11T12:00:00Z", -14.2)]
    [InlineData("2024-11-03T12:00:00Z", 16.4)]
    public void Sun_EquationOfTime_HasItsYearlyExtremes(string utc, double expectedMinutes)
    {
        // The equation of time is about −14.2 min in mid-February and +16.4 min in early November (Meeus, ch. 28).
        var at = DateTime.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);

        Assert.Equal(expectedMinutes, SolarMath.Sun(SolarMath.JulianDay(at)).EquationOfTimeMinutes, 0.15);
    }

    [Fact]
    public void JulianDay_J2000_IsTheEpoch() =>
        Assert.Equal(2451545.0, SolarMath.JulianDay(new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc)), 9);
}
