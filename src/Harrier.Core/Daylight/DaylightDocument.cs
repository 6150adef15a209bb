using System.Globalization;
using Harrier.Core.Evidence;

namespace Harrier.Core.Daylight;

/// <summary>
/// What <c>harrier daylight --json</c> prints and <c>GET /api/daylight</c> answers: one object. Times are ISO 8601 local times with their UTC offset, to the second
/// ("2026-12-21T07:23:24+00:00"), or null when the event does not happen on that date; polar is "day", "night" or null.
/// </summary>
public sealed record DaylightDocument(
    string Date, string TimeZone, double Latitude, double Longitude, string? CivilDawn, string? Sunrise, string? SolarNoon,
    string? Sunset, string? CivilDusk, string? Polar, string? CivilPolar, MeetingDocument? Meeting, AdviceDocument? Advice)
{
    /// <summary>The advice is included when the meeting is in the dark, or, without a meeting, when the date has dark hours.</summary>
    public static DaylightDocument From(SunDay day, MeetingLight? meeting)
    {
        var advice = meeting is null ? (day.HasDarkness ? VisibilityAdvice.InTheDark : null) : VisibilityAdvice.For(meeting);
        return new DaylightDocument(
            day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.Zone.Id,
            day.Place.LatitudeDegrees, day.Place.LongitudeDegrees,
            Iso(day.CivilDawn), Iso(day.Sunrise), Iso(day.SolarNoon), Iso(day.Sunset), Iso(day.CivilDusk),
            Name(day.Polar), Name(day.CivilPolar),
            meeting is null ? null : MeetingDocument.From(meeting), advice is null ? null : AdviceDocument.From(advice));
    }

    public static string? Iso(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string? Name(PolarPeriod? polar) => polar switch
    {
        PolarPeriod.Day => "day",
        PolarPeriod.Night => "night",
        _ => null,
    };
}

/// <summary>The light at a meeting time: phase as kebab-case ("dark-before-dawn"), distances to the events in whole minutes.</summary>
public sealed record MeetingDocument(
    string At, string Light, bool Dark, int? MinutesBeforeCivilDawn, int? MinutesBeforeSunrise, int? MinutesAfterCivilDusk)
{
    public static MeetingDocument From(MeetingLight m) => new(
        DaylightDocument.Iso(m.At)!, Phase(m.Phase), m.IsDark,
        Minutes(m.BeforeCivilDawn), Minutes(m.BeforeSunrise), Minutes(m.AfterCivilDusk));

    public static string Phase(LightPhase phase) => phase switch
    {
        LightPhase.DarkBeforeDawn => "dark-before-dawn",
        LightPhase.MorningTwilight => "morning-twilight",
        LightPhase.Daylight => "daylight",
        LightPhase.EveningTwilight => "evening-twilight",
        LightPhase.DarkAfterDusk => "dark-after-dusk",
        _ => "dark-all-day",
    };

    private static int? Minutes(TimeSpan? span) => span is { } s ? (int)Math.Round(s.TotalMinutes) : null;
}

/// <summary>The visibility advice with its grade ("[D]") and sources, each with its own grade.</summary>
public sealed record AdviceDocument(
    string Title, IReadOnlyList<string> ForRunners, IReadOnlyList<string> ForCoaches, string Grade, IReadOnlyList<AdviceSourceDocument> Sources)
{
    public static AdviceDocument From(VisibilityAdvice a) => new(
        a.Title, a.ForRunners, a.ForCoaches, a.Grade.Tag(),
        [.. a.Sources.Select(s => new AdviceSourceDocument(s.Citation, s.Url, s.Finding, s.Grade.Tag()))]);
}

/// <summary>One source of the advice.</summary>
public sealed record AdviceSourceDocument(string Citation, string? Url, string Finding, string Grade);
