namespace Harrier.Core.Daylight;

/// <summary>The sun's events on one local date at one place, from <see cref="SunCalculator.ForDay"/>.</summary>
/// <remarks>
/// Every time is a local time with the zone's UTC offset at that instant, so a day on which the clocks change carries two
/// offsets. An event is null when it does not happen on this local date: on a polar day or night (see <see cref="Polar"/> and
/// <see cref="CivilPolar"/>), or when it falls after midnight into the next date. When they exist,
/// <see cref="CivilDawn"/> ≤ <see cref="Sunrise"/> ≤ <see cref="SolarNoon"/> ≤ <see cref="Sunset"/> ≤ <see cref="CivilDusk"/>.
/// </remarks>
public sealed record SunDay
{
    /// <summary>An empty day; <see cref="SunCalculator.ForDay"/> fills in the events.</summary>
    public SunDay(Coordinates place, DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Place = place;
        Date = date;
        Zone = zone;
    }

    public Coordinates Place { get; }

    /// <summary>The local calendar date the events are for.</summary>
    public DateOnly Date { get; }

    /// <summary>The time zone the times are given in.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>The sun's centre 6° below the horizon, rising: enough light to see without a lamp.</summary>
    public DateTimeOffset? CivilDawn { get; init; }

    /// <summary>The sun's upper edge appears (zenith 90.833°, refraction included).</summary>
    public DateTimeOffset? Sunrise { get; init; }

    /// <summary>The sun at its highest.</summary>
    public DateTimeOffset? SolarNoon { get; init; }

    /// <summary>The sun's upper edge disappears.</summary>
    public DateTimeOffset? Sunset { get; init; }

    /// <summary>The sun's centre 6° below the horizon, setting: after this it is dark.</summary>
    public DateTimeOffset? CivilDusk { get; init; }

    /// <summary>Day when the sun does not set (midnight sun), Night when it does not rise (polar night), null otherwise.</summary>
    public PolarPeriod? Polar { get; init; }

    /// <summary>
    /// The same for the civil twilight line: Day when it never gets darker than civil twilight (the "white nights" of high summer),
    /// Night when it never gets lighter (deep polar night, as on Svalbard in December), null when there is a civil dawn and dusk.
    /// </summary>
    public PolarPeriod? CivilPolar { get; init; }

    /// <summary>True when part of this date is darker than civil twilight (before civil dawn, after civil dusk, or all day).</summary>
    public bool HasDarkness => CivilPolar != PolarPeriod.Day;

    /// <summary>How light it is at <paramref name="at"/>, which must fall on <see cref="Date"/> in <see cref="Zone"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is on another local date.</exception>
    public MeetingLight LightAt(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Zone);
        if (DateOnly.FromDateTime(local.DateTime) != Date)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"The instant is not on {Date:yyyy-MM-dd} in {Zone.Id}.");
        }

        var (zenith, hourAngle) = SolarMath.Position(Place, at.UtcDateTime);
        var morning = hourAngle < 0;
        var phase = zenith < SolarMath.SunriseZenithDegrees ? LightPhase.Daylight
            : zenith < SolarMath.CivilZenithDegrees ? (morning ? LightPhase.MorningTwilight : LightPhase.EveningTwilight)
            : CivilPolar == PolarPeriod.Night ? LightPhase.DarkAllDay
            : morning ? LightPhase.DarkBeforeDawn : LightPhase.DarkAfterDusk;
        return new MeetingLight(local, phase, Until(local, CivilDawn), Until(local, Sunrise), Until(CivilDusk, local));
    }

    private static TimeSpan? Until(DateTimeOffset? from, DateTimeOffset? to) =>
        from is { } f && to is { } t && t > f ? t - f : null;
}
