using Harrier.Core.Pain;
using Harrier.Core.Plans;
using Harrier.Core.Runs;

namespace Harrier.Core.Troubleshooter;

/// <summary>The runner's log prepared for the comparisons: run days with their next-morning pain, up to today.</summary>
/// <param name="Runs">Every run that started on or before today, in start order.</param>
/// <param name="Days">Run days inside the window (before today, so a next morning can exist), oldest first.</param>
/// <param name="Entries">Pain entries inside the window, oldest first.</param>
/// <param name="Region">The region being triaged.</param>
/// <param name="Today">The runner's today.</param>
internal sealed record LogContext(IReadOnlyList<Run> Runs, IReadOnlyList<RunDay> Days, IReadOnlyList<PainEntry> Entries,
    BodyRegion Region, DateOnly Today)
{
    /// <summary>How far back the comparisons look.</summary>
    public const int WindowDays = 90;

    public static LogContext Build(BodyRegion region, IEnumerable<Run> runs, IEnumerable<PainEntry> entries,
        IEnumerable<MorningCheckIn> checkIns, DateOnly today)
    {
        var from = today.AddDays(-WindowDays);
        var allRuns = runs.Where(r => DayOf(r) <= today).OrderBy(r => r.StartUtc).ThenBy(r => r.Id).ToArray();
        var windowEntries = entries.Where(e => e.Day > from && e.Day <= today).OrderBy(e => e.Day).ToArray();
        var regionEntries = windowEntries.Where(e => e.Spot.Region == region).ToArray();
        var mornings = checkIns.GroupBy(c => c.Day).ToDictionary(g => g.Key, g => g.Max(c => c.Pain));
        var days = allRuns
            .Where(r => DayOf(r) > from && DayOf(r) < today)
            .GroupBy(DayOf)
            .Select(g => Day(g.Key, g.ToArray(), regionEntries, mornings))
            .OrderBy(d => d.Day)
            .ToArray();
        return new LogContext(allRuns, days, windowEntries, region, today);
    }

    /// <summary>The observations the pain-monitoring model reads: one per run day that has any pain recorded.</summary>
    public IReadOnlyList<PainObservation> Observations =>
        Days.Where(d => d.Morning is not null || d.During is not null)
            .Select(d => new PainObservation(d.Day, d.During, d.Morning))
            .ToArray();

    public static DateOnly DayOf(Run run) => DateOnly.FromDateTime(run.LocalStart);

    private static RunDay Day(DateOnly day, Run[] runs, PainEntry[] entries, Dictionary<DateOnly, int> mornings)
    {
        var ids = runs.Select(r => r.Id).ToHashSet();
        var linked = entries.Where(e => e.RunId is { } id ? ids.Contains(id) : e.Day == day).ToArray();
        int? checkIn = mornings.TryGetValue(day.AddDays(1), out var pain) ? pain : null;
        var morning = linked.Select(e => e.NextMorning).Append(checkIn).Max();
        var during = linked.Select(e => e.DuringRun).Max();
        return new RunDay(day, runs, morning, during);
    }
}
