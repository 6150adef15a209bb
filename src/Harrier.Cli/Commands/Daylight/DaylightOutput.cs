using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Harrier.Core.Daylight;
using Harrier.Core.Evidence;

namespace Harrier.Cli.Commands.Daylight;

/// <summary>
/// What <c>harrier daylight --json</c> prints: one object. Times are ISO 8601 local times with their UTC offset, to the second
/// ("2026-12-21T07:23:24+00:00"), or null when the event does not happen on that date; polar is "day", "night" or null.
/// </summary>
internal sealed record DaylightOutput(
    string Date, string TimeZone, double Latitude, double Longitude, string? CivilDawn, string? Sunrise, string? SolarNoon,
    string? Sunset, string? CivilDusk, string? Polar, string? CivilPolar, MeetingOutput? Meeting, AdviceOutput? Advice)
{
    // Plain "+" and quotes: the output goes to a terminal or a file, never into HTML.
    private static readonly JsonSerializerOptions Options =
        new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The advice is included when the meeting is in the dark, or, without a meeting, when the date has dark hours.</summary>
    public static DaylightOutput From(SunDay day, MeetingLight? meeting)
    {
        var advice = meeting is null ? (day.HasDarkness ? VisibilityAdvice.InTheDark : null) : VisibilityAdvice.For(meeting);
        return new DaylightOutput(
            day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.Zone.Id,
            day.Place.LatitudeDegrees, day.Place.LongitudeDegrees,
            Iso(day.CivilDawn), Iso(day.Sunrise), Iso(day.SolarNoon), Iso(day.Sunset), Iso(day.CivilDusk),
            Name(day.Polar), Name(day.CivilPolar),
            meeting is null ? null : MeetingOutput.From(meeting), advice is null ? null : AdviceOutput.From(advice));
    }

    public static string Json(DaylightOutput output) => JsonSerializer.Serialize(output, Options);

    public static string? Iso(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string? Name(PolarPeriod? polar) => polar switch
    {
        PolarPeriod.Day => "day",
        PolarPeriod.Night => "night",
        _ => null,
    };
}

/// <summary>The light at a meeting time: phase as kebab-case ("dark-before-dawn"), distances to the events in whole minutes.</summary>
internal sealed record MeetingOutput(
    string At, string Light, bool Dark, int? MinutesBeforeCivilDawn, int? MinutesBeforeSunrise, int? MinutesAfterCivilDusk)
{
    public static MeetingOutput From(MeetingLight m) => new(
        DaylightOutput.Iso(m.At)!, Phase(m.Phase), m.IsDark,
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
internal sealed record AdviceOutput(
    string Title, IReadOnlyList<string> ForRunners, IReadOnlyList<string> ForCoaches, string Grade, IReadOnlyList<SourceOutput> Sources)
{
    public static AdviceOutput From(VisibilityAdvice a) => new(
        a.Title, a.ForRunners, a.ForCoaches, a.Grade.Tag(),
        [.. a.Sources.Select(s => new SourceOutput(s.Citation, s.Url, s.Finding, s.Grade.Tag()))]);
}

/// <summary>One source of the advice.</summary>
internal sealed record SourceOutput(string Citation, string? Url, string Finding, string Grade);
