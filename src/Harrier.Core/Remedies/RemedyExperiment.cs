using Harrier.Core.Pain;

namespace Harrier.Core.Remedies;

/// <summary>Analyses a remedy experiment from the runner's morning check-ins, exactly as EVIDENCE.md §7.2 lays out.</summary>
/// <remarks>
/// Steps: (1) each period's mean morning pain over its post-washout days, once the period is over and at least half of
/// those days have a check-in (a design choice, so one bad morning cannot stand for a week); (2) d_i = mean(remedy) −
/// mean(control) for every pair whose two periods both have a mean; (3) the t interval, the exact sign-flip test and the
/// normal–normal Bayesian estimate (<see cref="RemedyStatistics"/>); (4) the verdict. A verdict needs
/// <see cref="NeededPairs"/> = 6 pairs, the fewest with which the two-sided exact test can reach p &lt; .05 (2/2⁶ = .031;
/// 5 pairs give .0625 — §7.2 [D]). The Bayesian estimate is shown from <see cref="BayesMinimumPairs"/> = 3 pairs
/// ("≥ 3–4 pairs for a Bayesian estimate", §7.2), labelled as an early look, not a verdict.
/// </remarks>
public static class RemedyExperiment
{
    public const int NeededPairs = 6;
    public const int BayesMinimumPairs = 3;
    public const double Alpha = 0.05;

    /// <summary>About 2 NRS points (≈30%). EVIDENCE.md §7.2 grades this minimum important difference [U].</summary>
    public const double DefaultImportantDifference = 2;

    /// <summary>Analyses the check-ins recorded up to and including <paramref name="asOf"/>.</summary>
    /// <param name="checkIns">Morning check-ins in the order given; if a day appears twice, the later one counts.</param>
    /// <param name="asOf">Today: periods ending after it are unfinished and not yet analysed.</param>
    public static RemedyExperimentResult Analyse(
        RemedyExperimentDesign design, IEnumerable<MorningCheckIn> checkIns, DateOnly asOf,
        double importantDifference = DefaultImportantDifference)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(checkIns);
        var byDay = new Dictionary<DateOnly, int>();
        foreach (var checkIn in checkIns.Where(c => c.Day <= asOf))
        {
            byDay[checkIn.Day] = checkIn.Pain;
        }

        var periods = design.Periods.Select(p => MeanOf(p, byDay, asOf)).ToArray();
        var pairs = PairUp(periods).ToArray();
        var d = pairs.Select(p => p.Difference).ToArray();
        var interval = d.Length >= 2 ? RemedyStatistics.MeanWithInterval(d) : null;
        var randomization = d.Length is >= 1 and <= RemedyStatistics.MaxExactPairs ? RemedyStatistics.Randomization(d) : null;
        var bayes = d.Length >= BayesMinimumPairs ? RemedyStatistics.ProbabilityOfCut(d, importantDifference) : null;
        var verdict = Decide(d, randomization);
        var text = new RemedyVerdictText(design, d.Length, interval, randomization, bayes);
        return new RemedyExperimentResult(design, periods, pairs, NeededPairs, interval, randomization, bayes, verdict,
            text.Summary(verdict), text.Caveats(periods, asOf));
    }

    /// <summary>Check-ins needed in a period: half its scored days, rounded up.</summary>
    public static int CheckInsNeeded(ExperimentPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return (period.ScoredDays + 1) / 2;
    }

    private static PeriodMean MeanOf(ExperimentPeriod period, Dictionary<DateOnly, int> byDay, DateOnly asOf)
    {
        var scores = byDay.Where(kv => period.IsScored(kv.Key)).Select(kv => kv.Value).ToArray();
        var needed = CheckInsNeeded(period);
        var finished = asOf >= period.End;
        double? mean = finished && scores.Length >= needed ? scores.Average() : null;
        return new PeriodMean(period, scores.Length, needed, finished, mean);
    }

    private static IEnumerable<PairDifference> PairUp(IEnumerable<PeriodMean> periods) =>
        periods.GroupBy(p => p.Period.Pair)
            .Select(g => (Pair: g.Key,
                Remedy: g.Single(p => p.Period.Arm == ExperimentArm.Remedy).Mean,
                Control: g.Single(p => p.Period.Arm == ExperimentArm.Control).Mean))
            .Where(p => p.Remedy is not null && p.Control is not null)
            .Select(p => new PairDifference(p.Pair, p.Remedy!.Value, p.Control!.Value));

    private static RemedyVerdict Decide(double[] d, RandomizationTest? randomization)
    {
        if (d.Length < NeededPairs || randomization is null)
        {
            return RemedyVerdict.NotEnoughData;
        }

        if (randomization.TwoSided >= Alpha)
        {
            return RemedyVerdict.NoClearDifference;
        }

        return d.Average() < 0 ? RemedyVerdict.Helps : RemedyVerdict.Worse;
    }
}
