namespace Harrier.Core.Pain;

/// <summary>
/// Every pain signal the runner gave, gathered in one place: journal entries (during, after and next-morning scores, spots and
/// spread), morning check-ins, sessions marked "it hurt" with their score, and the days the runner ran. The pain-monitoring model
/// (<see cref="PainMonitoring"/>) reads them as per-run <see cref="Observations"/> and a series of <see cref="Mornings"/>.
/// </summary>
/// <remarks>
/// <para>A morning's score is the worst of that day's check-in and any journal entry's next-morning score for the day before.</para>
/// <para>
/// For each run day: pain during is the worst of the day's entries and "it hurt" scores; pain after is the worst entry; the next
/// morning is the morning score of the following day. The baseline is the runner's usual morning level before that run: the morning
/// score of the run day itself, or else the latest morning score of the 7 days before, or else unknown (Harrier's reading [D] of
/// "back to the level before the activity" in the pain-monitoring model, EVIDENCE §3). An unknown baseline stays unknown: it is
/// never taken to be 0, so no "usual level" is claimed from a single score.
/// </para>
/// </remarks>
/// <param name="Entries">Pain journal entries.</param>
/// <param name="CheckIns">Morning check-ins.</param>
/// <param name="Sessions">Sessions marked "it hurt".</param>
/// <param name="RunDays">The runner's calendar days with a run (logged, imported, or a planned session marked done).</param>
public sealed record PainSignals(
    IReadOnlyList<PainEntry> Entries,
    IReadOnlyList<MorningCheckIn> CheckIns,
    IReadOnlyList<SessionPain> Sessions,
    IReadOnlyCollection<DateOnly> RunDays)
{
    /// <summary>No signals at all.</summary>
    public static PainSignals None { get; } = new([], [], [], []);

    /// <summary>True when nothing was recorded from <paramref name="from"/> to <paramref name="to"/> (inclusive): no run, pain
    /// entry, check-in or session marked "it hurt".</summary>
    public bool NothingBetween(DateOnly from, DateOnly to) =>
        !RunDays.Concat(Entries.Select(e => e.Day)).Concat(CheckIns.Select(c => c.Day)).Concat(Sessions.Select(s => s.Day))
            .Any(d => d >= from && d <= to);

    /// <summary>Morning pain by day, oldest first.</summary>
    public IReadOnlyList<KeyValuePair<DateOnly, int>> Mornings
    {
        get
        {
            var mornings = new SortedDictionary<DateOnly, int>();
            foreach (var c in CheckIns)
            {
                Worst(mornings, c.Day, c.Pain);
            }

            foreach (var e in Entries.Where(e => e.NextMorning is not null))
            {
                Worst(mornings, e.Day.AddDays(1), e.NextMorning!.Value);
            }

            return mornings.ToArray();
        }
    }

    /// <summary>One observation per day with a run or a run-related pain score, up to <paramref name="today"/>, oldest first.</summary>
    public IReadOnlyList<PainObservation> Observations(DateOnly today)
    {
        var mornings = Mornings.ToDictionary(m => m.Key, m => m.Value);
        var byDay = Entries.ToLookup(e => e.Day);
        var hurt = Sessions.ToLookup(s => s.Day);
        var days = RunDays.Concat(Entries.Where(e => e.DuringRun is not null || e.AfterRun is not null).Select(e => e.Day))
            .Concat(Sessions.Select(s => s.Day)).Where(d => d <= today).Distinct().Order();
        return days.Select(day => new PainObservation(
            day,
            byDay[day].Select(e => e.DuringRun).Concat(hurt[day].Select(s => s.DuringRun)).Max(),
            byDay[day].Select(e => e.AfterRun).Max(),
            day < today && mornings.TryGetValue(day.AddDays(1), out var next) ? next : null,
            Baseline(mornings, day))).ToArray();
    }

    private static int? Baseline(Dictionary<DateOnly, int> mornings, DateOnly day)
    {
        for (var d = day; d >= day.AddDays(-7); d = d.AddDays(-1))
        {
            if (mornings.TryGetValue(d, out var pain))
            {
                return pain;
            }
        }

        return null;
    }

    private static void Worst(SortedDictionary<DateOnly, int> mornings, DateOnly day, int pain) =>
        mornings[day] = mornings.TryGetValue(day, out var known) ? Math.Max(known, pain) : pain;
}
