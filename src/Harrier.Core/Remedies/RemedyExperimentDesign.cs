namespace Harrier.Core.Remedies;

/// <summary>
/// A randomised block-pair N-of-1 design for one remedy: consecutive pairs of equal periods, one with the remedy and one
/// without, the order inside each pair chosen at random, with the first days of every period ignored as washout.
/// </summary>
/// <remarks>
/// EVIDENCE.md §7.2 (design proposal built on Guyatt et al. CMAJ 1988 [V] and Kravitz &amp; Duan, AHRQ 2014, ch. 4 [V]):
/// block pairs AB or BA with the order randomised in each pair; each period at least a week because run-load cycles are
/// weekly (the runner picks 7–14 days); the first 2–3 days of a period are washout (a design choice, default 3 here).
/// Pair <c>i</c> (from 0) starts on <c>Start + 2·i·PeriodDays</c>; its second period starts <c>PeriodDays</c> later.
/// Suits remedies that act quickly and wear off quickly (stretches, shoes, a cue). Strength gains do not wash out, so
/// strength programmes are a poor fit (§7.2 cautions [V]).
/// </remarks>
public sealed class RemedyExperimentDesign
{
    public const int MinPeriodDays = 7;
    public const int MaxPeriodDays = 14;
    public const int MaxPairs = 20;
    public const int DefaultWashoutDays = 3;

    /// <summary>Restores a design whose pair orders were already drawn (for example, read back from storage).</summary>
    /// <param name="firstArms">For each pair, the arm that comes first.</param>
    public RemedyExperimentDesign(string remedy, DateOnly start, int periodDays, int washoutDays, IReadOnlyList<ExperimentArm> firstArms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(remedy);
        ArgumentNullException.ThrowIfNull(firstArms);
        ArgumentOutOfRangeException.ThrowIfLessThan(periodDays, MinPeriodDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(periodDays, MaxPeriodDays);
        ArgumentOutOfRangeException.ThrowIfNegative(washoutDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(washoutDays, periodDays / 2);
        ArgumentOutOfRangeException.ThrowIfZero(firstArms.Count, nameof(firstArms));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstArms.Count, MaxPairs, nameof(firstArms));

        Remedy = remedy.Trim();
        Start = start;
        PeriodDays = periodDays;
        WashoutDays = washoutDays;
        FirstArms = firstArms.ToArray();
        Periods = BuildPeriods().ToArray();
    }

    public string Remedy { get; }

    public DateOnly Start { get; }

    /// <summary>Length of every period in days (7–14).</summary>
    public int PeriodDays { get; }

    /// <summary>Days at the start of every period whose check-ins are ignored.</summary>
    public int WashoutDays { get; }

    public IReadOnlyList<ExperimentArm> FirstArms { get; }

    /// <summary>Every period in date order: pair 1's two periods, then pair 2's, and so on.</summary>
    public IReadOnlyList<ExperimentPeriod> Periods { get; }

    public int PairCount => FirstArms.Count;

    /// <summary>The last day of the last period.</summary>
    public DateOnly End => Periods[^1].End;

    /// <summary>
    /// Lays out <paramref name="pairs"/> pairs from <paramref name="start"/>, drawing each pair's order from <paramref name="random"/>.
    /// </summary>
    /// <param name="random">Pass a seeded <see cref="Random"/> in tests; each pair uses one <c>Next(2)</c> draw (0 = remedy first).</param>
    public static RemedyExperimentDesign Create(
        string remedy, DateOnly start, int periodDays, int pairs, Random random, int washoutDays = DefaultWashoutDays)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(pairs, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pairs, MaxPairs);
        var orders = Enumerable.Range(0, pairs)
            .Select(_ => random.Next(2) == 0 ? ExperimentArm.Remedy : ExperimentArm.Control)
            .ToArray();
        return new RemedyExperimentDesign(remedy, start, periodDays, washoutDays, orders);
    }

    /// <summary>The period that contains <paramref name="day"/>, or null before the start and after the end.</summary>
    public ExperimentPeriod? PeriodOn(DateOnly day) => Periods.FirstOrDefault(p => p.Contains(day));

    private IEnumerable<ExperimentPeriod> BuildPeriods()
    {
        for (var i = 0; i < FirstArms.Count; i++)
        {
            var first = FirstArms[i];
            var second = first == ExperimentArm.Remedy ? ExperimentArm.Control : ExperimentArm.Remedy;
            var pairStart = Start.AddDays(2 * i * PeriodDays);
            yield return MakePeriod(i + 1, first, pairStart);
            yield return MakePeriod(i + 1, second, pairStart.AddDays(PeriodDays));
        }
    }

    private ExperimentPeriod MakePeriod(int pair, ExperimentArm arm, DateOnly start) =>
        new(pair, arm, start, start.AddDays(PeriodDays - 1), start.AddDays(WashoutDays));
}
