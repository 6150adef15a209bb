using Harrier.Core.Runs;

namespace Harrier.Core.Log;

/// <summary>Groups a runner's runs into calendar weeks in the runner's own time zone.</summary>
public static class TrainingLog
{
    /// <summary>The first day of the week that contains <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day, DayOfWeek firstDay)
    {
        var offset = ((int)day.DayOfWeek - (int)firstDay + 7) % 7;
        return day.AddDays(-offset);
    }

    /// <summary>The runner's calendar day on which a UTC instant falls.</summary>
    public static DateOnly LocalDay(DateTime utc, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));

    /// <summary>Weeks that have runs, newest first; runs within a week newest first.</summary>
    public static IReadOnlyList<TrainingWeek> ByWeek(IEnumerable<Run> runs, TimeZoneInfo zone, DayOfWeek firstDay = DayOfWeek.Monday)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(zone);
        return runs
            .GroupBy(r => WeekStart(LocalDay(r.StartUtc, zone), firstDay))
            .OrderByDescending(g => g.Key)
            .Select(g => new TrainingWeek(g.Key, g.OrderByDescending(r => r.StartUtc).ToArray()))
            .ToArray();
    }

    /// <summary>The week containing <paramref name="today"/>, empty when it has no runs.</summary>
    public static TrainingWeek ThisWeek(IReadOnlyList<TrainingWeek> weeks, DateOnly today, DayOfWeek firstDay = DayOfWeek.Monday)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var start = WeekStart(today, firstDay);
        return weeks.FirstOrDefault(w => w.Start == start) ?? new TrainingWeek(start, []);
    }
}
