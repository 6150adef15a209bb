using Harrier.Core.Pain;
using Harrier.Core.Remedies;

namespace Harrier.Core.Tests.Remedies;

public sealed class RemedyExperimentTests
{
    private static readonly DateOnly Monday = new(2027, 3, 1);

    /// <summary>Six pairs of 7-day periods, washout 3, remedy first in odd pairs: pair i starts on 1 March + 14·(i − 1).</summary>
    private static RemedyExperimentDesign SixPairs() => new("psoas stretch daily", Monday, 7, 3,
        [.. Enumerable.Range(0, 6).Select(i => i % 2 == 0 ? ExperimentArm.Remedy : ExperimentArm.Control)]);

    /// <summary>A check-in every day: 9 in every washout day (must be ignored), else the arm's score for that pair.</summary>
    private static List<MorningCheckIn> Daily(RemedyExperimentDesign design, int[] remedy, int[] control) =>
        design.Periods.SelectMany(p => Enumerable.Range(0, 7).Select(i => p.Start.AddDays(i)).Select(day =>
                new MorningCheckIn(day, !p.IsScored(day) ? 9 : p.Arm == ExperimentArm.Remedy ? remedy[p.Pair - 1] : control[p.Pair - 1])))
            .ToList();

    [Fact]
    public void Analyse_SixPairsRemedyTwoLower_HelpsWithUncertainMagnitude()
    {
        // Remedy means 3, 2, 4, 3, 2, 4; control means 5 → d = −2, −3, −1, −2, −3, −1 (washout 9s ignored).
        // Mean −2, 95% interval (−2.94, −1.06); exact two-sided p = 2/64 = 0.031; P(δ ≤ −2) = 0.488 (see RemedyStatisticsTests).
        var design = SixPairs();
        var result = RemedyExperiment.Analyse(design, Daily(design, [3, 2, 4, 3, 2, 4], [5, 5, 5, 5, 5, 5]), design.End);

        Assert.Equal(RemedyVerdict.Helps, result.Verdict);
        Assert.Equal([-2.0, -3, -1, -2, -3, -1], result.Pairs.Select(p => p.Difference));
        Assert.Equal(-2, result.Interval!.Mean, 9);
        Assert.Equal(0.03125, result.Randomization!.TwoSided, 12);
        Assert.Equal(0.488379, result.Bayes!.ProbabilityOfCut, 1e-5);
        Assert.StartsWith("psoas stretch daily: morning pain averaged 2.0 points lower with the remedy than without (6 pairs; "
            + "95% interval from 2.9 points lower to 1.1 points lower).", result.Summary, StringComparison.Ordinal);
        Assert.Contains("two-sided p = 0.031", result.Summary, StringComparison.Ordinal);
        Assert.Contains("whether by 2 points or more is uncertain", result.Summary, StringComparison.Ordinal);
        Assert.Contains("at least 2 points: 49%", result.Summary, StringComparison.Ordinal);
        Assert.Contains("[U]", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_SixPairsRemedyHigher_Worse()
    {
        // Mirror image: d = +2, +3, +1, +2, +3, +1 → p = 0.031, mean +2.
        var design = SixPairs();
        var result = RemedyExperiment.Analyse(design, Daily(design, [5, 5, 5, 5, 5, 5], [3, 2, 4, 3, 2, 4]), design.End);

        Assert.Equal(RemedyVerdict.Worse, result.Verdict);
        Assert.Contains("2.0 points higher", result.Summary, StringComparison.Ordinal);
        Assert.Contains("worse", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_SixPairsMixed_NoClearDifference()
    {
        // d = −1 ×5, +1 → exact two-sided p = 14/64 = 0.21875 ≥ .05. Mean −4/6 = −0.67.
        var design = SixPairs();
        var result = RemedyExperiment.Analyse(design, Daily(design, [4, 4, 4, 4, 4, 5], [5, 5, 5, 5, 5, 4]), design.End);

        Assert.Equal(RemedyVerdict.NoClearDifference, result.Verdict);
        Assert.Equal(0.21875, result.Randomization!.TwoSided, 12);
        Assert.Contains("0.7 points lower", result.Summary, StringComparison.Ordinal);
        Assert.Contains("could well be chance", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_ThreeFinishedPairs_NotEnoughDataWithEarlyLook()
    {
        // As of 11 April (end of pair 3, day 42): d = 2−5, 3−5, 1−5 = −3, −2, −4 → P(δ ≤ −2) = 0.953 (hand-computed
        // in RemedyStatisticsTests). Pairs 4–6 are unfinished and not counted.
        var design = SixPairs();
        var result = RemedyExperiment.Analyse(design, Daily(design, [2, 3, 1, 0, 0, 0], [5, 5, 5, 9, 9, 9]), new DateOnly(2027, 4, 11));

        Assert.Equal(RemedyVerdict.NotEnoughData, result.Verdict);
        Assert.Equal(3, result.Pairs.Count);
        Assert.StartsWith("Not enough data yet (3 pairs, need 6). Early look, not a verdict: morning pain averaged 3.0 points lower",
            result.Summary, StringComparison.Ordinal);
        Assert.Contains("at least 2 points: 95%", result.Summary, StringComparison.Ordinal);
        Assert.Contains(result.Caveats, c => c.Contains("runs until 2027-05-23", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyse_TwoPairs_SaysHowManyAreNeeded()
    {
        var design = SixPairs();
        var result = RemedyExperiment.Analyse(design, Daily(design, [2, 3, 0, 0, 0, 0], [5, 5, 0, 0, 0, 0]), new DateOnly(2027, 3, 28));

        Assert.Equal("Not enough data yet (2 pairs, need 6).", result.Summary);
        Assert.NotNull(result.Interval);
        Assert.Null(result.Bayes);
    }

    [Fact]
    public void Analyse_NoCheckIns_NotEnoughDataZeroPairs()
    {
        var result = RemedyExperiment.Analyse(SixPairs(), [], Monday.AddDays(100));

        Assert.Equal("Not enough data yet (0 pairs, need 6).", result.Summary);
        Assert.Null(result.Randomization);
        Assert.Equal(12, result.Caveats.Count(c => c.StartsWith("Pair ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Analyse_PeriodMeans_UseOnlyScoredDaysAndNeedHalfOfThem()
    {
        // Pair 1 remedy = 1–7 March, scored 4–7 March (4 days, so 2 check-ins needed). Check-ins: washout 2 March = 10
        // (ignored), 4 March = 3, 6 March = 4 → mean 3.5. Control 8–14 March, scored 11–14: only 12 March = 6 → 1 < 2,
        // so pair 1 is left out. A later duplicate for 6 March (5) replaces the first → mean (3 + 5)/2 = 4.
        var design = SixPairs();
        MorningCheckIn[] checkIns =
        [
            new(new DateOnly(2027, 3, 2), 10), new(new DateOnly(2027, 3, 4), 3), new(new DateOnly(2027, 3, 6), 4),
            new(new DateOnly(2027, 3, 12), 6), new(new DateOnly(2027, 3, 6), 5),
        ];

        var result = RemedyExperiment.Analyse(design, checkIns, new DateOnly(2027, 3, 14));

        Assert.Equal(4, result.Periods[0].Mean);
        Assert.Equal(2, result.Periods[0].CheckIns);
        Assert.Null(result.Periods[1].Mean);
        Assert.Empty(result.Pairs);
        Assert.Contains(result.Caveats,
            c => c == "Pair 1 is left out: its no-remedy period has 1 scored check-ins, fewer than the 2 needed.");
    }

    [Fact]
    public void Analyse_CheckInsAfterAsOf_AreIgnored()
    {
        // As of 13 March the control period (ending 14 March) is unfinished, so no mean yet even though the data exist.
        var design = SixPairs();
        var result = RemedyExperiment.Analyse(design, Daily(design, [3, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5]), new DateOnly(2027, 3, 13));

        Assert.False(result.Periods[1].Finished);
        Assert.Null(result.Periods[1].Mean);
        Assert.Empty(result.Pairs);
    }

    [Fact]
    public void Analyse_PlanWithFewerPairsThanNeeded_SaysToAddPairs()
    {
        var design = new RemedyExperimentDesign("new shoes", Monday, 14, 3, [ExperimentArm.Control, ExperimentArm.Remedy]);

        var result = RemedyExperiment.Analyse(design, [], Monday);

        Assert.Contains(result.Caveats, c => c.Contains("plans only 2 pairs; a verdict needs 6", StringComparison.Ordinal));
        Assert.Equal(6, RemedyExperiment.CheckInsNeeded(design.Periods[0])); // 14 − 3 = 11 scored days → ⌈11/2⌉ = 6.
    }
}
