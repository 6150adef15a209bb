using System.Globalization;

namespace Harrier.Cli.Commands.Plans;

/// <summary>Reads the plan commands' dates ("2027-01-04") and weekdays ("mon,wed,fri", "monday", "Sat").</summary>
internal static class PlanArguments
{
    public const string DaysHelp = "Use mon, tue, wed, thu, fri, sat or sun, separated by commas (mon,wed,fri).";

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseDay(string? text, out DayOfWeek day)
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

    /// <summary>Reads a comma-separated list of weekdays; on failure <paramref name="error"/> says which part is wrong.</summary>
    public static bool TryParseDays(string? text, out DayOfWeek[] days, out string error)
    {
        days = [];
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "--days is required: your training days. " + DaysHelp;
            return false;
        }

        var parsed = new List<DayOfWeek>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!TryParseDay(part, out var day))
            {
                error = $"--days: '{part}' is not a weekday. " + DaysHelp;
                return false;
            }

            parsed.Add(day);
        }

        days = parsed.Distinct().ToArray();
        return true;
    }

    /// <summary>Today in the machine's local calendar, from the injected clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
