using Harrier.Core.Load;
using Harrier.Core.Runs;

namespace Harrier.Core.Log;

/// <summary>Cuts a runner's log into calendar weeks, months and years in the runner's own time zone: the one place that does.</summary>
public static class TrainingLog
{
    /// <summary>The first day of the week that contains <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day, DayOfWeek firstDay)
    {
        var offset = ((int)day.DayOfWeek - (int)firstDay + 7) % 7;
        return day.AddDays(-offset);
    }

    /// <summary>The first day of the month that contains <paramref name="day"/>.</summary>
    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The runner's calendar day on which a UTC instant falls.</summary>
    public static DateOnly LocalDay(DateTime utc, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));

    /// <summary>Weeks that have runs, newest first; runs within a week newest first.</summary>
    /// <param name="runs">The runs, in any order.</param>
    /// <param name="zone">The runner's zone, which decides each run's day.</param>
    /// <param name="firstDay">The day weeks start on.</param>
    /// <param name="calibration">How unrated runs count their heart-rate load (the default when null).</param>
    public static IReadOnlyList<TrainingWeek> ByWeek(
        IEnumerable<Run> runs, TimeZoneInfo zone, DayOfWeek firstDay = DayOfWeek.Monday, LoadCalibration? calibration = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(zone);
        return runs
            .GroupBy(r => WeekStart(LocalDay(r.StartUtc, zone), firstDay))
            .OrderByDescending(g => g.Key)
            .Select(g => new TrainingWeek(g.Key, g.OrderByDescending(r => r.StartUtc).ToArray()) { Calibration = calibration ?? LoadCalibration.Default })
            .ToArray();
    }

    /// <summary>The week containing <paramref name="today"/>, empty when it has no runs.</summary>
    public static TrainingWeek ThisWeek(IReadOnlyList<TrainingWeek> weeks, DateOnly today, DayOfWeek firstDay = DayOfWeek.Monday)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var start = WeekStart(today, firstDay);
        return weeks.FirstOrDefault(w => w.Start == start) ?? new TrainingWeek(start, []);
    }

    /// <summary>Every month from the first run's to the last run's, newest first, empty months included.</summary>
    public static IReadOnlyList<LogPeriod> ByMonth(IEnumerable<Run> runs, TimeZoneInfo zone) =>
        Periods(runs, zone, MonthStart, start => start.AddMonths(1));

    /// <summary>Every year from the first run's to the last run's, newest first, empty years included.</summary>
    public static IReadOnlyList<LogPeriod> ByYear(IEnumerable<Run> runs, TimeZoneInfo zone) =>
        Periods(runs, zone, day => new DateOnly(day.Year, 1, 1), start => start.AddYears(1));

    private static LogPeriod[] Periods(IEnumerable<Run> runs, TimeZoneInfo zone, Func<DateOnly, DateOnly> startOf, Func<DateOnly, DateOnly> next)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(zone);
        var byStart = runs.ToLookup(r => startOf(LocalDay(r.StartUtc, zone)));
        if (byStart.Count == 0)
        {
            return [];
        }

        var periods = new List<LogPeriod>();
        var last = byStart.Max(g => g.Key);
        for (var start = byStart.Min(g => g.Key); start <= last; start = next(start))
        {
            var group = byStart[start].ToArray();
            periods.Add(new LogPeriod(start, next(start).AddDays(-1), group.Length,
                group.Aggregate(Units.Distance.Zero, (sum, r) => sum + r.Distance),
                group.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Duration),
                group.Select(r => r.Distance).DefaultIfEmpty(Units.Distance.Zero).Max()));
        }

        periods.Reverse();
        return [.. periods];
    }
}
