using Harrier.Core.Plans;

namespace Harrier.Core.Pain;

/// <summary>
/// The interface between the pain journal and the plan: turns journal entries and morning check-ins into the observations the
/// plan's pain-monitoring model reads (<see cref="PainMonitoring.Decide"/>).
/// </summary>
/// <remarks>
/// For each day with a run-linked entry, pain during the run is the worst reported that day; the next-morning score is the entry's
/// own, or else the check-in of the following morning. A day with a check-in but no painful run still counts as a morning
/// observation, so a rising trend from week to week is seen even between runs.
/// </remarks>
public static class PainSignals
{
    public static IReadOnlyList<PainObservation> Observations(IEnumerable<PainEntry> entries, IEnumerable<MorningCheckIn> checkIns, bool redFlag = false)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(checkIns);
        var mornings = checkIns.GroupBy(c => c.Day).ToDictionary(g => g.Key, g => g.Max(c => c.Pain));
        var byDay = entries.GroupBy(e => e.Day).ToDictionary(g => g.Key, g => g.ToArray());
        var days = byDay.Keys.Concat(mornings.Keys.Select(d => d.AddDays(-1))).Distinct().Order().ToArray();
        var observations = new List<PainObservation>();
        foreach (var day in days)
        {
            var during = byDay.TryGetValue(day, out var list) ? list.Max(e => e.DuringRun) : null;
            var morning = list?.Max(e => e.NextMorning) ?? (mornings.TryGetValue(day.AddDays(1), out var m) ? m : null);
            if (during is not null || morning is not null)
            {
                observations.Add(new PainObservation(day, during, morning));
            }
        }

        if (redFlag && observations.Count > 0)
        {
            observations[^1] = observations[^1] with { RedFlag = true };
        }

        return observations;
    }
}
