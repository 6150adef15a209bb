using Harrier.Core.Pain;

namespace Harrier.Core.Triage;

/// <summary>The runner's log prepared for the comparisons: run days with their next-morning pain, up to today.</summary>
/// <param name="Runs">Every run on or before today, in start order.</param>
/// <param name="Days">Run days inside the window (before today, so a next morning can exist), oldest first.</param>
/// <param name="Today">The runner's today.</param>
internal sealed record LogContext(IReadOnlyList<RunFacts> Runs, IReadOnlyList<RunDay> Days, DateOnly Today)
{
    /// <summary>How far back the comparisons look.</summary>
    public const int WindowDays = 90;

    public static LogContext Build(IEnumerable<RunFacts> runs, PainSignals signals, DateOnly today)
    {
        var from = today.AddDays(-WindowDays);
        var allRuns = runs.Where(r => r.Day <= today).OrderBy(r => r.StartUtc).ThenBy(r => r.Id).ToArray();
        var observations = signals.Observations(today).ToDictionary(o => o.Day);
        var days = allRuns
            .Where(r => r.Day > from && r.Day < today)
            .GroupBy(r => r.Day)
            .Select(g => new RunDay(g.Key, g.ToArray(), observations.TryGetValue(g.Key, out var o) ? o.NextMorning : null))
            .OrderBy(d => d.Day)
            .ToArray();
        return new LogContext(allRuns, days, today);
    }
}
