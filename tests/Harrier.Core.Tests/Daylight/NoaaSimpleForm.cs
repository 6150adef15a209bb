namespace Harrier.Core.Tests.Daylight;

/// <summary>
/// An independent oracle: the simple form of NOAA's "General Solar Position Calculations" (fractional year γ, Spencer's series
/// for the equation of time and declination), giving an event in minutes after 00:00 UTC of a UTC date.
/// </summary>
/// <remarks>
/// Written from EVIDENCE.md §8.1's transcription, separately from the Meeus form the product uses. γ includes the hour, so the
/// event is computed at noon UTC first and then once more at the hour found.
/// </remarks>
internal static class NoaaSimpleForm
{
    /// <summary>Minutes after 00:00 UTC of <paramref name="utcDate"/> when the sun crosses <paramref name="zenith"/>; null when it does not.</summary>
    public static double? EventMinutes(DateOnly utcDate, double latitude, double longitude, double zenith, bool rise)
    {
        double? minutes = 720;
        for (var i = 0; i < 2 && minutes is { } m; i++)
        {
            minutes = EventMinutes(utcDate, m / 60, latitude, longitude, zenith, rise);
        }

        return minutes;
    }

    private static double? EventMinutes(DateOnly utcDate, double hour, double latitude, double longitude, double zenith, bool rise)
    {
        var daysInYear = DateTime.IsLeapYear(utcDate.Year) ? 366 : 365;
        var gamma = 2 * Math.PI / daysInYear * (utcDate.DayOfYear - 1 + ((hour - 12) / 24));
        var eqtime = 229.18 * (0.000075 + (0.001868 * Math.Cos(gamma)) - (0.032077 * Math.Sin(gamma))
            - (0.014615 * Math.Cos(2 * gamma)) - (0.040849 * Math.Sin(2 * gamma)));
        var decl = 0.006918 - (0.399912 * Math.Cos(gamma)) + (0.070257 * Math.Sin(gamma)) - (0.006758 * Math.Cos(2 * gamma))
            + (0.000907 * Math.Sin(2 * gamma)) - (0.002697 * Math.Cos(3 * gamma)) + (0.00148 * Math.Sin(3 * gamma));
        var lat = double.DegreesToRadians(latitude);
        var cos = (Math.Cos(double.DegreesToRadians(zenith)) / (Math.Cos(lat) * Math.Cos(decl))) - (Math.Tan(lat) * Math.Tan(decl));
        if (cos is > 1 or < -1)
        {
            return null;
        }

        var ha = double.RadiansToDegrees(Math.Acos(cos));
        return 720 - (4 * (longitude + (rise ? ha : -ha))) - eqtime;
    }
}
