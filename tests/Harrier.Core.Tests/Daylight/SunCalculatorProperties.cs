using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Harrier.Core.Daylight;

namespace Harrier.Core.Tests.Daylight;

/// <summary>Property tests over random places, dates and zones.</summary>
public sealed class SunCalculatorProperties
{
    private static readonly string[] Zones =
    [
        "Etc/UTC", "Europe/London", "Europe/Oslo", "America/New_York", "America/Los_Angeles", "America/Santiago", "Australia/Sydney",
        "Pacific/Auckland", "Pacific/Apia", "Pacific/Kiritimati", "Asia/Kolkata", "Pacific/Honolulu", "America/St_Johns",
    ];

    [Property(MaxTest = 500)]
    public Property ForDay_AnyPlace_EventsAreInOrderAndOnTheLocalDate() => Prop.ForAll(Cases(), c =>
    {
        var day = SunCalculator.ForDay(c.Place, c.Date, TimeZones.Get(c.Zone));
        DateTimeOffset?[] events = [day.CivilDawn, day.Sunrise, day.SolarNoon, day.Sunset, day.CivilDusk];
        var present = events.Where(e => e is not null).Select(e => e!.Value).ToArray();

        Assert.Equal(present.Order(), present);
        Assert.All(present, e => Assert.Equal(c.Date, DateOnly.FromDateTime(e.DateTime)));
        Assert.All(present, e => Assert.Equal(TimeZones.Get(c.Zone).GetUtcOffset(e.UtcDateTime), e.Offset));
        if (day.Polar is not null)
        {
            Assert.Null(day.Sunrise);
            Assert.Null(day.Sunset);
        }

        if (day.CivilPolar is not null)
        {
            Assert.Null(day.CivilDawn);
            Assert.Null(day.CivilDusk);
        }
    });

    [Property(MaxTest = 300)]
    public Property ForDay_MidLatitudes_AgreesWithNoaasSimpleFormWithinFourMinutes() => Prop.ForAll(Cases(maxLatitude: 50), c =>
    {
        // The fractional-year series (EVIDENCE §8.1, simple form) is the less accurate of NOAA's two: near the equinoxes its
        // declination is off by up to about 0.4° (SolarMathTests; the Meeus form is right there), which at 50° moves sunrise by up
        // to about 3 minutes. Most days the two agree to well under a minute; a wrong sign, zone or day would be off by far more.
        var day = SunCalculator.ForDay(c.Place, c.Date, TimeZones.Get(c.Zone));
        foreach (var (actual, rise) in new[] { (day.Sunrise, true), (day.Sunset, false) })
        {
            if (actual is not { } a)
            {
                continue;
            }

            // The oracle counts minutes from a UTC midnight; the solar day may start on the UTC date before or after the event's.
            var gaps = new[] { -1, 0, 1 }.Select(d => DateOnly.FromDateTime(a.UtcDateTime).AddDays(d))
                .Select(d => NoaaSimpleForm.EventMinutes(d, c.Place.LatitudeDegrees, c.Place.LongitudeDegrees, 90.833, rise) is { } m
                    ? Math.Abs((d.ToDateTime(TimeOnly.MinValue).AddMinutes(m) - a.UtcDateTime).TotalMinutes)
                    : double.MaxValue);
            var gap = gaps.Min();
            Assert.True(gap <= 4, $"{c}: {a:O} is {gap:0.0} min from the simple form");
        }
    });

    [Property(MaxTest = 300)]
    public Property LightAt_AnyInstant_MatchesTheEventsAroundIt() => Prop.ForAll(LocalCases(), Gen.Choose(0, 1439).ToArbitrary(), (c, minute) =>
    {
        // Places up to 50° in a zone that fits their longitude, so the night around local midnight is dark on both sides.
        var zone = TimeZones.Get(c.Zone);
        var day = SunCalculator.ForDay(c.Place, c.Date, zone);
        var local = c.Date.ToDateTime(TimeOnly.MinValue).AddMinutes(minute);
        if (zone.IsInvalidTime(local) || day.CivilDawn is not { } dawn || day.Sunrise is not { } sunrise
            || day.Sunset is not { } sunset || day.CivilDusk is not { } dusk)
        {
            return;
        }

        var at = new DateTimeOffset(local, zone.GetUtcOffset(local));
        var light = day.LightAt(at);
        var m = TimeSpan.FromSeconds(30);
        LightPhase? expected = at > dawn + m && at < sunrise - m ? LightPhase.MorningTwilight
            : at > sunrise + m && at < sunset - m ? LightPhase.Daylight
            : at > sunset + m && at < dusk - m ? LightPhase.EveningTwilight
            : null;
        if (expected is { } phase)
        {
            Assert.Equal(phase, light.Phase);
        }
        else if (at < dawn - m || at > dusk + m)
        {
            Assert.True(light.IsDark, $"{c} at {at:O}: {light.Phase}");
        }

        Assert.Equal(at < dawn ? dawn - at : null, light.BeforeCivilDawn);
        Assert.Equal(at < sunrise ? sunrise - at : null, light.BeforeSunrise);
    });

    internal sealed record Case(Coordinates Place, DateOnly Date, string Zone);

    private static Arbitrary<Case> Cases(double maxLatitude = 89.99)
    {
        var gen =
            from lat in Gen.Choose(-(int)(maxLatitude * 100), (int)(maxLatitude * 100))
            from lon in Gen.Choose(-18000, 18000)
            from days in Gen.Choose(0, 365 * 40)
            from zone in Gen.Elements(Zones)
            select new Case(new Coordinates(lat / 100.0, lon / 100.0), new DateOnly(2000, 1, 1).AddDays(days), zone);
        return gen.ToArbitrary();
    }

    private static Arbitrary<Case> LocalCases()
    {
        var gen =
            from lat in Gen.Choose(-5000, 5000)
            from shift in Gen.Choose(-1500, 1500)
            from days in Gen.Choose(0, 365 * 40)
            from zone in Gen.Elements(Zones)
            let meridian = TimeZones.Get(zone).BaseUtcOffset.TotalHours * 15
            let lon = ((meridian + (shift / 100.0) + 540) % 360) - 180
            select new Case(new Coordinates(lat / 100.0, lon), new DateOnly(2000, 1, 1).AddDays(days), zone);
        return gen.ToArbitrary();
    }
}
