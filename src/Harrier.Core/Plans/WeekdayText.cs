namespace Harrier.Core.Plans;

/// <summary>Reads training days the way runners type them: "mon,wed,fri", "monday", "Sat".</summary>
public static class WeekdayText
{
    /// <summary>How to write days, for messages.</summary>
    public const string Help = "Use mon, tue, wed, thu, fri, sat or sun, separated by commas (mon,wed,fri).";

    /// <summary>How to name one day, for messages about a single day (a key of a map of times, say), whatever the input's form.</summary>
    public const string OneDayHelp = "Name a weekday: monday to sunday, or mon to sun.";

    /// <summary>A weekday's full English name or its first three letters, in any case.</summary>
    public static bool TryParse(string? text, out DayOfWeek day)
    {
        day = default;
        var t = text?.Trim().ToLowerInvariant();
        if (t is null || t.Length < 3)
        {
            return false;
        }

        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            var name = candidate.ToString().ToLowerInvariant();
            if (name == t || name[..3] == t)
            {
                day = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>A comma-separated list of weekdays, each once; on failure <paramref name="error"/> says which part is wrong.</summary>
    public static bool TryParseList(string? text, out DayOfWeek[] days, out string error)
    {
        days = [];
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "Choose the days you can train. " + Help;
            return false;
        }

        var parsed = new List<DayOfWeek>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!TryParse(part, out var day))
            {
                error = $"'{part}' is not a weekday. " + Help;
                return false;
            }

            parsed.Add(day);
        }

        days = parsed.Distinct().ToArray();
        return true;
    }
}
