using System.Globalization;

namespace Harrier.Core.Remedies;

/// <summary>Puts a remedy experiment's numbers into plain words, with their uncertainty and evidence grades.</summary>
internal sealed class RemedyVerdictText(
    RemedyExperimentDesign design, int pairs, DifferenceInterval? interval, RandomizationTest? randomization, BayesEstimate? bayes)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public string Summary(RemedyVerdict verdict)
    {
        if (verdict == RemedyVerdict.NotEnoughData)
        {
            var head = string.Create(Invariant, $"Not enough data yet ({pairs} {Noun(pairs)}, need {RemedyExperiment.NeededPairs}).");
            return bayes is null || interval is null
                ? head
                : $"{head} Early look, not a verdict: {Difference()} {Chance()}";
        }

        var p = randomization!;
        var chance = string.Create(Invariant,
            $"If the remedy did nothing, a difference at least this large would turn up in {p.TwoSided:0.0%} of the {p.Assignments} "
            + $"possible orderings (exact test, two-sided p = {p.TwoSided:0.000}).");
        var conclusion = verdict switch
        {
            RemedyVerdict.Helps => $"So it very likely helps you, {Magnitude()}.",
            RemedyVerdict.Worse => "So it very likely makes your morning pain worse; consider stopping it.",
            _ => "That could well be chance: no clear difference either way.",
        };
        return $"{design.Remedy}: {Difference()} {chance} {conclusion} {Chance()}";
    }

    public IReadOnlyList<string> Caveats(IReadOnlyList<PeriodMean> periods, DateOnly asOf)
    {
        var caveats = new List<string>
        {
            string.Create(Invariant, $"Assumes the remedy works within the {design.WashoutDays}-day washout and wears off as quickly; "
                + $"strength gains do not wash out, so strength programmes suit this design poorly; the n-of-1 literature cautions about this."),
            "Keep your running load similar in every period; natural recovery over the weeks can look like an effect (§7.2 [V]).",
            "The 2-point threshold is a common rule of thumb for a worthwhile change; it has not been verified [U].",
            string.Create(Invariant, $"The chance uses a normal model with a N(0, {RemedyStatistics.DefaultPriorStandardDeviation}²) "
                + $"prior and the spread of your own pair differences (a simple documented choice [D]); with few pairs it is optimistic."),
        };
        caveats.AddRange(periods
            .Where(p => p.Finished && p.Mean is null)
            .Select(p => string.Create(Invariant, $"Pair {p.Period.Pair} is left out: its {Arm(p.Period.Arm)} period has {p.CheckIns} "
                + $"scored check-ins, fewer than the {p.Needed} needed.")));
        if (design.PairCount < RemedyExperiment.NeededPairs)
        {
            caveats.Add(string.Create(Invariant, $"This experiment plans only {design.PairCount} {Noun(design.PairCount)}; a verdict needs "
                + $"{RemedyExperiment.NeededPairs}, so add pairs."));
        }

        if (asOf < design.End)
        {
            caveats.Add(string.Create(Invariant, $"The experiment runs until {design.End:yyyy-MM-dd}."));
        }

        return caveats;
    }

    private string Difference()
    {
        var i = interval!;
        return string.Create(Invariant, $"morning pain averaged {Signed(i.Mean)} with the remedy than without ({pairs} {Noun(pairs)}; "
            + $"{i.Confidence:0%} interval from {Signed(i.Low)} to {Signed(i.High)}).");
    }

    private string Chance() => bayes is null ? "" : string.Create(Invariant,
        $"Chance it cuts your pain by at least {bayes.Threshold:0.#} points: {bayes.ProbabilityOfCut:0%} "
        + $"({bayes.Threshold:0.#} points is a common but unverified threshold [U]).");

    private string Magnitude() => bayes?.ProbabilityOfCut switch
    {
        >= 0.8 => "probably by 2 points or more",
        < 0.2 => "but probably by less than 2 points",
        _ => "though whether by 2 points or more is uncertain",
    };

    private static string Signed(double points) => Math.Abs(points) < 0.05
        ? "no different"
        : string.Create(Invariant, $"{Math.Abs(points):0.0} points {(points < 0 ? "lower" : "higher")}");

    private static string Arm(ExperimentArm arm) => arm == ExperimentArm.Remedy ? "remedy" : "no-remedy";

    private static string Noun(int count) => count == 1 ? "pair" : "pairs";
}
