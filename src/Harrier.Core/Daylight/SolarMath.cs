namespace Harrier.Core.Daylight;

/// <summary>The sun's declination, equation of time and hour angles, from NOAA's Solar Calculator equations.</summary>
/// <remarks>
/// Source: NOAA Global Monitoring Laboratory, Solar Calculator and its spreadsheet ("NOAA_Solar_Calculations_day.xls"), which
/// follow Jean Meeus, <i>Astronomical Algorithms</i> (Willmann-Bell, 2nd ed. 1998), chapters 25 and 28: the sun's geometric mean
/// longitude L0 and mean anomaly M, the equation of centre C, apparent longitude λ (with the nutation term), the corrected
/// obliquity ε, then declination δ = asin(sin ε · sin λ) and the equation of time
/// EoT = 4·deg(y·sin 2L0 − 2e·sin M + 4e·y·sin M·cos 2L0 − y²/2·sin 4L0 − 5/4·e²·sin 2M) minutes, with y = tan²(ε/2).
/// The hour angle at which the sun's centre reaches zenith angle z is cos H = (cos z − sin φ sin δ) / (cos φ cos δ), the
/// same as NOAA's "cos z/(cos φ cos δ) − tan φ tan δ" but finite at the poles. NOAA says the calculator is accurate to within a
/// minute between ±72° latitude and within 10 minutes further towards the poles. No ΔT (TT − UT) correction is made, as in NOAA's.
/// </remarks>
internal static class SolarMath
{
    /// <summary>Sunrise and sunset: 90° plus 0.833° for refraction and the sun's radius (NOAA, USNO).</summary>
    public const double SunriseZenithDegrees = 90.833;

    /// <summary>Civil dawn and dusk: the sun's centre 6° below the horizon (USNO).</summary>
    public const double CivilZenithDegrees = 96;

    private const double UnixEpochJulianDay = 2440587.5;
    private const double J2000 = 2451545.0;

    /// <summary>The Julian day (days and fraction since noon UT, 1 January 4713 BC) of a UTC instant.</summary>
    public static double JulianDay(DateTime utc) => UnixEpochJulianDay + ((utc.Ticks - DateTime.UnixEpoch.Ticks) / (double)TimeSpan.TicksPerDay);

    /// <summary>The sun's declination (degrees) and the equation of time (minutes) at a Julian day.</summary>
    public static (double DeclinationDegrees, double EquationOfTimeMinutes) Sun(double julianDay)
    {
        var t = (julianDay - J2000) / 36525;
        var l0 = Normalize(280.46646 + (t * (36000.76983 + (0.0003032 * t))));
        var m = Rad(357.52911 + (t * (35999.05029 - (0.0001537 * t))));
        var e = 0.016708634 - (t * (0.000042037 + (0.0000001267 * t)));
        var c = (Math.Sin(m) * (1.914602 - (t * (0.004817 + (0.000014 * t))))) + (Math.Sin(2 * m) * (0.019993 - (0.000101 * t)))
            + (Math.Sin(3 * m) * 0.000289);
        var omega = Rad(125.04 - (1934.136 * t));
        var lambda = Rad(l0 + c - 0.00569 - (0.00478 * Math.Sin(omega)));
        var seconds = 21.448 - (t * (46.815 + (t * (0.00059 - (0.001813 * t)))));
        var epsilon = Rad(23 + ((26 + (seconds / 60)) / 60) + (0.00256 * Math.Cos(omega)));
        var declination = Math.Asin(Math.Sin(epsilon) * Math.Sin(lambda));
        var y = Math.Pow(Math.Tan(epsilon / 2), 2);
        var l0r = Rad(l0);
        var eot = (y * Math.Sin(2 * l0r)) - (2 * e * Math.Sin(m)) + (4 * e * y * Math.Sin(m) * Math.Cos(2 * l0r))
            - (0.5 * y * y * Math.Sin(4 * l0r)) - (1.25 * e * e * Math.Sin(2 * m));
        return (double.RadiansToDegrees(declination), 4 * double.RadiansToDegrees(eot));
    }

    /// <summary>
    /// The cosine of the hour angle at which the sun's centre is at <paramref name="zenithDegrees"/>: above 1 the sun never
    /// comes that high (it stays below the line), below −1 it never goes that low (it stays above the line).
    /// </summary>
    public static double CosHourAngle(double latitudeDegrees, double declinationDegrees, double zenithDegrees)
    {
        var phi = Rad(latitudeDegrees);
        var delta = Rad(declinationDegrees);
        var denominator = Math.Cos(phi) * Math.Cos(delta);
        var numerator = Math.Cos(Rad(zenithDegrees)) - (Math.Sin(phi) * Math.Sin(delta));
        return denominator < 1e-12 ? (numerator > 0 ? double.PositiveInfinity : double.NegativeInfinity) : numerator / denominator;
    }

    /// <summary>The sun's zenith angle (degrees, 0 overhead, 90 on the horizon) and hour angle (degrees, negative in the morning).</summary>
    public static (double ZenithDegrees, double HourAngleDegrees) Position(Coordinates place, DateTime utc)
    {
        var (declination, eot) = Sun(JulianDay(utc));
        var trueSolarMinutes = utc.TimeOfDay.TotalMinutes + eot + (4 * place.LongitudeDegrees);
        var hourAngle = Normalize(trueSolarMinutes / 4) - 180; // NOAA: ha = tst/4 − 180, kept in −180..180.
        var phi = Rad(place.LatitudeDegrees);
        var delta = Rad(declination);
        var cosZenith = (Math.Sin(phi) * Math.Sin(delta)) + (Math.Cos(phi) * Math.Cos(delta) * Math.Cos(Rad(hourAngle)));
        return (double.RadiansToDegrees(Math.Acos(Math.Clamp(cosZenith, -1, 1))), hourAngle);
    }

    private static double Rad(double degrees) => double.DegreesToRadians(degrees);

    private static double Normalize(double degrees) => ((degrees % 360) + 360) % 360;
}
