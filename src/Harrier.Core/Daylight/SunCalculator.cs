namespace Harrier.Core.Daylight;

/// <summary>Civil dawn, sunrise, solar noon, sunset and civil dusk for a place and a local date, with NOAA's equations.</summary>
/// <remarks>
/// <para>
/// Source: NOAA Global Monitoring Laboratory, "General Solar Position Calculations" and the NOAA Solar Calculator (Meeus,
/// <i>Astronomical Algorithms</i>); see <see cref="SolarMath"/> for the equations. Solar noon is 720 − 4·longitude − EoT
/// minutes after 00:00 UTC; an event at zenith z is 720 − 4·(longitude ± H) − EoT, with the sun's position re-evaluated at the
/// event itself until it settles (NOAA's calculator refines once; a few seconds' difference at most). Sunrise and sunset use
/// z = 90.833°, civil dawn and dusk z = 96° (USNO, "Almanac for Computers", 1990).
/// </para>
/// <para>
/// Which day: the events are those of the solar day whose solar noon is nearest to 12:00 on the local date, so a place whose
/// sunrise is on the previous UTC date (Auckland) or whose sunset is on the next UTC date (California) is handled the same way
/// as Greenwich. An event of that solar day that falls on another local date (a sunset after midnight near the Arctic Circle)
/// does not happen on the date asked for and is null, as is every event on a polar day or night.
/// </para>
/// </remarks>
public static class SunCalculator
{
    private const int Iterations = 4;

    /// <summary>The sun's events at <paramref name="place"/> on the local <paramref name="date"/> in <paramref name="zone"/>.</summary>
    /// <returns>Local times with the zone's UTC offset on that date (correct across daylight-saving changes); never throws for a valid place.</returns>
    public static SunDay ForDay(Coordinates place, DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var (noonUtc, midnightUtc) = SolarNoon(place, date, zone);
        var declination = SolarMath.Sun(SolarMath.JulianDay(noonUtc)).DeclinationDegrees;
        var horizon = Polar(place, declination, SolarMath.SunriseZenithDegrees);
        var civil = Polar(place, declination, SolarMath.CivilZenithDegrees);
        DateTimeOffset? Event(PolarPeriod? polar, double zenith, bool rise) =>
            polar is null ? OnDate(Crossing(place, midnightUtc, zenith, rise), date, zone) : null;

        return new SunDay(place, date, zone)
        {
            CivilDawn = Event(civil, SolarMath.CivilZenithDegrees, rise: true),
            Sunrise = Event(horizon, SolarMath.SunriseZenithDegrees, rise: true),
            SolarNoon = OnDate(noonUtc, date, zone),
            Sunset = Event(horizon, SolarMath.SunriseZenithDegrees, rise: false),
            CivilDusk = Event(civil, SolarMath.CivilZenithDegrees, rise: false),
            Polar = horizon,
            CivilPolar = civil,
        };
    }

    /// <summary>How light it is at <paramref name="at"/> for a meeting at <paramref name="place"/>, on its local date in <paramref name="zone"/>.</summary>
    public static MeetingLight LightAt(Coordinates place, DateTimeOffset at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return ForDay(place, DateOnly.FromDateTime(local.DateTime), zone).LightAt(at);
    }

    /// <summary>The solar noon (UTC) nearest to 12:00 local on <paramref name="date"/>, and the UTC midnight its minutes count from.</summary>
    private static (DateTime Noon, DateTime Midnight) SolarNoon(Coordinates place, DateOnly date, TimeZoneInfo zone)
    {
        var localMidday = date.ToDateTime(new TimeOnly(12, 0));
        (DateTime Noon, DateTime Midnight) best = default;
        var bestGap = double.MaxValue;
        for (var days = -2; days <= 1; days++)
        {
            var midnight = DateTime.SpecifyKind(date.AddDays(days).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
            var minutes = 720 - (4 * place.LongitudeDegrees);
            for (var i = 0; i < Iterations; i++)
            {
                var eot = SolarMath.Sun(SolarMath.JulianDay(midnight.AddMinutes(minutes))).EquationOfTimeMinutes;
                minutes = 720 - (4 * place.LongitudeDegrees) - eot;
            }

            var noon = midnight.AddMinutes(minutes);
            var gap = Math.Abs((TimeZoneInfo.ConvertTimeFromUtc(noon, zone) - localMidday).TotalMinutes);
            if (gap < bestGap)
            {
                (best, bestGap) = ((noon, midnight), gap);
            }
        }

        return best;
    }

    /// <summary>Day when the sun's centre never goes below the zenith line at noon's declination, Night when it never comes above it.</summary>
    private static PolarPeriod? Polar(Coordinates place, double declination, double zenith)
    {
        var cos = SolarMath.CosHourAngle(place.LatitudeDegrees, declination, zenith);
        return cos > 1 ? PolarPeriod.Night : cos < -1 ? PolarPeriod.Day : null;
    }

    /// <summary>When the sun crosses <paramref name="zenith"/> in the solar day counted from <paramref name="midnightUtc"/>; null if it no longer does.</summary>
    private static DateTime? Crossing(Coordinates place, DateTime midnightUtc, double zenith, bool rise)
    {
        var minutes = 720 - (4 * place.LongitudeDegrees);
        for (var i = 0; i < Iterations; i++)
        {
            var (declination, eot) = SolarMath.Sun(SolarMath.JulianDay(midnightUtc.AddMinutes(minutes)));
            var cos = SolarMath.CosHourAngle(place.LatitudeDegrees, declination, zenith);
            if (cos is > 1 or < -1)
            {
                return null;
            }

            var hourAngle = double.RadiansToDegrees(Math.Acos(cos));
            minutes = 720 - (4 * (place.LongitudeDegrees + (rise ? hourAngle : -hourAngle))) - eot;
        }

        return midnightUtc.AddMinutes(minutes);
    }

    /// <summary>The instant in <paramref name="zone"/>, to the second, or null when it is not on the local <paramref name="date"/>.</summary>
    private static DateTimeOffset? OnDate(DateTime? utc, DateOnly date, TimeZoneInfo zone)
    {
        if (utc is not { } u)
        {
            return null;
        }

        var rounded = new DateTime((long)Math.Round(u.Ticks / (double)TimeSpan.TicksPerSecond) * TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(rounded), zone);
        return DateOnly.FromDateTime(local.DateTime) == date ? local : null;
    }
}
