using System.Globalization;

namespace Harrier.Core.Daylight;

/// <summary>Daylight in plain words, as the CLI, the group-run pages and the API's text fields all say it.</summary>
public static class LightWords
{
    /// <summary>
    /// The light at a meeting in one sentence: "It is dark, 1 h 2 min before civil dawn and 1 h 36 min before sunrise",
    /// "It is daylight".
    /// </summary>
    public static string Describe(MeetingLight meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var parts = new List<string>();
        if (meeting.BeforeCivilDawn is { } dawn)
        {
            parts.Add($"{Span(dawn)} before civil dawn");
        }

        if (meeting.BeforeSunrise is { } sunrise)
        {
            parts.Add($"{Span(sunrise)} before sunrise");
        }

        if (meeting.AfterCivilDusk is { } dusk)
        {
            parts.Add($"{Span(dusk)} after civil dusk");
        }

        var phase = meeting.Phase switch
        {
            LightPhase.Daylight => "daylight",
            LightPhase.MorningTwilight or LightPhase.EveningTwilight => "twilight (light enough to see, but drivers see you late)",
            LightPhase.DarkAllDay => "dark (the sun stays well below the horizon all day)",
            _ => "dark",
        };
        return parts.Count == 0 ? $"It is {phase}" : $"It is {phase}, {string.Join(" and ", parts)}";
    }

    /// <summary>
    /// A group run's light line: where the start stands against dawn and sunrise (or dusk), and whether the finish is dark:
    /// "Starts 1 h 2 min before civil dawn and 1 h 36 min before sunrise: dark", "Starts in daylight".
    /// </summary>
    public static string Line(MeetingLight start, MeetingLight? finish)
    {
        ArgumentNullException.ThrowIfNull(start);
        var parts = new List<string>();
        if (start.BeforeCivilDawn is { } dawn)
        {
            parts.Add($"{Span(dawn)} before civil dawn");
        }

        if (start.BeforeSunrise is { } sunrise)
        {
            parts.Add($"{Span(sunrise)} before sunrise");
        }

        if (start.AfterCivilDusk is { } dusk)
        {
            parts.Add($"{Span(dusk)} after civil dusk");
        }

        var line = start.Phase switch
        {
            LightPhase.Daylight => "Starts in daylight",
            LightPhase.DarkAllDay => "Starts in the dark: the sun stays well below the horizon all day",
            LightPhase.MorningTwilight or LightPhase.EveningTwilight => $"Starts in twilight, {string.Join(" and ", parts)}",
            _ => $"Starts in the dark, {string.Join(" and ", parts)}",
        };
        if (finish is not null && finish.Phase != start.Phase)
        {
            line += finish.Phase switch
            {
                LightPhase.Daylight => "; daylight by the finish",
                LightPhase.MorningTwilight or LightPhase.EveningTwilight => "; twilight by the finish",
                _ => "; dark by the finish",
            };
        }

        return line;
    }

    /// <summary>The note for a polar or white-night date, or null on an ordinary date.</summary>
    public static string? PolarNote(SunDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return (day.Polar, day.CivilPolar) switch
        {
            (PolarPeriod.Day, _) => "Midnight sun: the sun does not set on this date.",
            (PolarPeriod.Night, PolarPeriod.Night) => "Polar night: the sun does not rise, and it stays darker than civil twilight all day.",
            (PolarPeriod.Night, _) => "Polar night: the sun does not rise on this date; there is twilight around noon.",
            (_, PolarPeriod.Day) => "White night: it never gets darker than civil twilight.",
            _ => null,
        };
    }

    /// <summary>"53 min" or "1 h 34 min", rounded to the minute.</summary>
    public static string Span(TimeSpan span)
    {
        var minutes = (int)Math.Round(span.TotalMinutes);
        return minutes < 60 ? $"{minutes} min" : string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60} min");
    }
}
