namespace Harrier.Core.GroupRuns;

/// <summary>When a group run or a series of them happens, in the place's own time zone.</summary>
public static class GroupRunSchedule
{
    /// <summary>
    /// The dates of a series: every <paramref name="days"/> weekday from <paramref name="first"/> for <paramref name="weeks"/>
    /// weeks (week one is the seven days starting at <paramref name="first"/>). With no days, just <paramref name="first"/>.
    /// </summary>
    /// <example>Mon/Wed/Fri from Monday 7 Dec for 10 weeks: 30 dates, the last on Friday 12 Feb.</example>
    public static IReadOnlyList<DateOnly> Dates(DateOnly first, IReadOnlyCollection<DayOfWeek> days, int weeks)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0)
        {
            return [first];
        }

        return Enumerable.Range(0, weeks * 7).Select(first.AddDays).Where(d => days.Contains(d.DayOfWeek)).ToArray();
    }

    /// <summary>
    /// The instant a run starts: <paramref name="time"/> on <paramref name="date"/> in <paramref name="zone"/>, with that day's
    /// UTC offset (06:00 in London is 06:00 GMT in winter and 06:00 BST in summer). A time in a spring-forward gap moves on by
    /// the gap; a time that happens twice when the clocks go back is the first of them (<see cref="TimeZones.ToUtc"/>).
    /// </summary>
    public static DateTimeOffset Start(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var utc = TimeZones.ToUtc(date.ToDateTime(time), zone);
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(utc, TimeSpan.Zero), zone);
    }
}
