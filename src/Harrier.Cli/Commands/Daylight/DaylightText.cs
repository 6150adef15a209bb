using System.Globalization;
using Harrier.Core.Daylight;
using Harrier.Core.Evidence;
using Spectre.Console;

namespace Harrier.Cli.Commands.Daylight;

/// <summary>The plain-text form of <c>harrier daylight</c>: the five times, a polar note, the meeting's light and the advice.</summary>
internal static class DaylightText
{
    public static void Write(IAnsiConsole console, SunDay day, MeetingLight? meeting)
    {
        var place = string.Create(CultureInfo.InvariantCulture, $"{day.Place.LatitudeDegrees}, {day.Place.LongitudeDegrees}");
        console.MarkupLineInterpolated($"[bold]Daylight on {day.Date:yyyy-MM-dd} at {place} ({day.Zone.Id})[/]");
        Line(console, "Civil dawn", day.CivilDawn, Absent(day.CivilPolar, rise: true, "never darker than twilight", "dark all day"));
        Line(console, "Sunrise", day.Sunrise, Absent(day.Polar, rise: true, "midnight sun", "polar night"));
        Line(console, "Solar noon", day.SolarNoon, "none on this date");
        Line(console, "Sunset", day.Sunset, Absent(day.Polar, rise: false, "midnight sun", "polar night"));
        Line(console, "Civil dusk", day.CivilDusk, Absent(day.CivilPolar, rise: false, "never darker than twilight", "dark all day"));
        WritePolar(console, day);
        console.WriteLine();
        if (meeting is not null)
        {
            console.MarkupLineInterpolated($"At {meeting.At:HH:mm}: {LightWords.Describe(meeting)}.");
            if (VisibilityAdvice.For(meeting) is { } advice)
            {
                WriteAdvice(console, advice);
            }
        }
        else if (day.HasDarkness)
        {
            console.MarkupLineInterpolated($"For a run {DarkHours(day)}:");
            WriteAdvice(console, VisibilityAdvice.InTheDark);
        }
    }

    private static void Line(IAnsiConsole console, string name, DateTimeOffset? time, string absent) =>
        console.MarkupLineInterpolated($"  {name,-11} {(time is { } t ? Time(t) : absent)}");

    /// <summary>Why an event is missing: a polar day or night, or it falls just across midnight (the events are the solar day's).</summary>
    private static string Absent(PolarPeriod? polar, bool rise, string day, string night) => polar switch
    {
        PolarPeriod.Day => $"none ({day})",
        PolarPeriod.Night => $"none ({night})",
        _ => rise ? "none on this date (just before midnight)" : "none on this date (just after midnight)",
    };

    /// <summary>"07:23 (+00:00)": to the nearest minute, with the offset so a clock-change day is unambiguous.</summary>
    private static string Time(DateTimeOffset t)
    {
        var rounded = t.AddSeconds(t.Second >= 30 ? 60 - t.Second : -t.Second);
        return rounded.ToString("HH:mm '('zzz')'", CultureInfo.InvariantCulture);
    }

    private static void WritePolar(IAnsiConsole console, SunDay day)
    {
        if (LightWords.PolarNote(day) is { } note)
        {
            console.MarkupLineInterpolated($"  {note}");
        }
    }

    private static string DarkHours(SunDay day) => (day.CivilDawn, day.CivilDusk) switch
    {
        ({ } dawn, { } dusk) => $"before {Time(dawn)[..5]} or after {Time(dusk)[..5]} (in the dark)",
        ({ } dawn, null) => $"before {Time(dawn)[..5]} (in the dark)",
        (null, { } dusk) => $"after {Time(dusk)[..5]} (in the dark)",
        _ => "on this date (it is dark all day)",
    };

    private static void WriteAdvice(IAnsiConsole console, VisibilityAdvice advice)
    {
        console.MarkupLineInterpolated($"[bold]{advice.Title}[/]");
        foreach (var item in advice.ForRunners)
        {
            console.MarkupLineInterpolated($"  - {item}");
        }

        console.MarkupLine("[bold]Leading a group in the dark:[/]");
        foreach (var item in advice.ForCoaches)
        {
            console.MarkupLineInterpolated($"  - {item}");
        }

        console.MarkupLineInterpolated($"Why (evidence: {advice.Grade.Words()}): Harrier's advice, drawn from these findings:");
        foreach (var source in advice.Sources)
        {
            console.MarkupLineInterpolated($"  - {source.Citation}");
            console.MarkupLineInterpolated($"      {source.Finding} ({source.Grade.Words()})");
            if (source.Url is not null)
            {
                console.MarkupLineInterpolated($"      {source.Url}");
            }
        }
    }
}
