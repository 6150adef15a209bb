using System.Globalization;

namespace Harrier.Core.Plans;

/// <summary>
/// Reads session times the way runners type them: a 24-hour clock time ("06:00", "6:00", "18:30") for a weekday, as an API
/// object ({"monday": "06:00"}) or a command-line list ("mon=06:00,wed=18:30"). Times are wall-clock times in the runner's zone.
/// </summary>
public static class SessionTimeText
{
    /// <summary>How to write times, for messages.</summary>
    public const string Help = "Write a time as HH:mm on a 24-hour clock, e.g. 06:00 or 18:30.";

    /// <summary>"H:mm" or "HH:mm", 00:00 to 23:59.</summary>
    public static bool TryParse(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>"06:00".</summary>
    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// Weekday → time pairs (weekday names as <see cref="WeekdayText"/> reads them); an empty time leaves that day without one.
    /// On failure <paramref name="error"/> says which entry is wrong.
    /// </summary>
    public static bool TryParseTimes(
        IEnumerable<KeyValuePair<string, string>> entries, out Dictionary<DayOfWeek, TimeOnly> times, out string error)
    {
        ArgumentNullException.ThrowIfNull(entries);
        times = [];
        error = "";
        foreach (var (dayText, timeText) in entries)
        {
            if (!WeekdayText.TryParse(dayText, out var day))
            {
                error = $"'{dayText}' is not a weekday. " + WeekdayText.OneDayHelp;
                return false;
            }

            if (string.IsNullOrWhiteSpace(timeText))
            {
                times.Remove(day);
                continue;
            }

            if (!TryParse(timeText, out var time))
            {
                error = $"'{timeText}' for {day} is not a time. " + Help;
                return false;
            }

            times[day] = time;
        }

        return true;
    }

    /// <summary>The command line's form: "mon=06:00,wed=06:00,sat=08:30".</summary>
    public static bool TryParseList(string? text, out Dictionary<DayOfWeek, TimeOnly> times, out string error)
    {
        times = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "Give times as day=HH:mm, separated by commas (mon=06:00,wed=18:30).";
            return false;
        }

        var entries = new List<KeyValuePair<string, string>>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2)
            {
                error = $"'{part}' is not day=HH:mm (mon=06:00).";
                return false;
            }

            entries.Add(new(pair[0], pair[1]));
        }

        return TryParseTimes(entries, out times, out error);
    }

    /// <summary>"Monday and Wednesday at 06:00, Saturday at 08:30" (Monday first), or "no set times".</summary>
    public static string Describe(IReadOnlyDictionary<DayOfWeek, TimeOnly> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        if (times.Count == 0)
        {
            return "no set times";
        }

        return string.Join(", ", times.OrderBy(t => ((int)t.Key + 6) % 7).GroupBy(t => t.Value, t => t.Key)
            .OrderBy(g => ((int)g.First() + 6) % 7)
            .Select(g => $"{RestDays.Names(g)} at {Format(g.Key)}"));
    }
}
