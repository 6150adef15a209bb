using System.Globalization;
using Harrier.Core.Remedies;

namespace Harrier.Web.Features.Remedies;

/// <summary>Plain words for remedy experiments, shared by the pages and the API.</summary>
public static class RemedyText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Date(DateOnly day) => day.ToString("ddd d MMM yyyy", Invariant);

    /// <summary>The design in plain words, one sentence per paragraph, for the form and the experiment page.</summary>
    public static IReadOnlyList<string> Explain(int periodDays, int pairs, int washoutDays, DateOnly? start)
    {
        var days = 2 * pairs * periodDays;
        var when = start is { } s ? string.Create(Invariant, $", from {Date(s)} to {Date(s.AddDays(days - 1))}") : "";
        var lines = new List<string>
        {
            string.Create(Invariant, $"You'll alternate {pairs} {Plural(pairs, "pair")} of periods, {periodDays} days each: in every pair, one period "
                + $"with the remedy and one without, in an order Harrier draws at random, like a coin toss, so neither you nor the calendar decides. "
                + $"That is {days} days in all{when}."),
            washoutDays == 0
                ? "Every day of each period counts (no washout days)."
                : string.Create(Invariant, $"The first {washoutDays} {Plural(washoutDays, "day")} of each period are ignored, so the remedy has time to "
                    + $"take effect or wear off."),
            "Do your two-tap morning check-in every day; at least half of the counted days of each period need one.",
            "Keep your running much the same throughout, so a change of load does not decide the result.",
        };
        if (pairs < RemedyExperiment.NeededPairs)
        {
            lines.Add(string.Create(Invariant, $"With fewer than {RemedyExperiment.NeededPairs} pairs Harrier can show an early estimate but no verdict: "
                + $"the exact test needs {RemedyExperiment.NeededPairs} pairs to reach p < .05."));
        }

        lines.Add("It suits remedies that work and wear off within days (a stretch, a cue, a change of shoes). Strength programmes build up and do "
            + "not wear off, so they suit this design poorly.");
        return lines;
    }

    public static string Status(RemedyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Status switch
        {
            RemedyStatus.Planned => $"Starts {Date(report.Design.Start)}",
            RemedyStatus.Running => $"Running until {Date(report.Design.End)}",
            RemedyStatus.Finished => $"Finished {Date(report.Design.End)}",
            _ => $"Stopped {Date(report.Trial.StoppedOn!.Value)}",
        };
    }

    public static string Verdict(RemedyExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Verdict switch
        {
            RemedyVerdict.Helps => "Helps",
            RemedyVerdict.Worse => "Worse with the remedy",
            RemedyVerdict.NoClearDifference => "No clear difference",
            _ => string.Create(Invariant, $"Not enough data yet ({result.Pairs.Count} {Plural(result.Pairs.Count, "pair")}, need {result.NeededPairs})"),
        };
    }

    /// <summary>How to read the Bayesian chance, following Core's caveats: early with few pairs, threshold unverified, model a choice.</summary>
    public static string BayesLabel(RemedyExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var basis = "The 2-point threshold is a common rule of thumb that has not been verified [U]; the model is a simple documented choice [D] "
            + "and is optimistic with few pairs.";
        return result.Pairs.Count < result.NeededPairs
            ? string.Create(Invariant, $"An early look, not a verdict: fewer than {result.NeededPairs} pairs. {basis}")
            : basis;
    }

    /// <summary>A difference in points with its sign spelled out: "1.5 points less", "0.3 points more", "no different".</summary>
    public static string Difference(double points) => Math.Abs(points) < 0.05
        ? "no different"
        : string.Create(Invariant, $"{Math.Abs(points):0.0} {(Math.Abs(points) == 1 ? "point" : "points")} {(points < 0 ? "less" : "more")}");

    /// <summary>A probability as a whole percentage, never rounded to a certainty it is not: "more than 99%", "less than 1%".</summary>
    public static string Chance(double probability) => probability switch
    {
        > 0.99 => "More than 99%",
        < 0.01 => "Less than 1%",
        _ => probability.ToString("0%", Invariant),
    };

    public static string Points(double? value) => value is { } v ? v.ToString("0.0", Invariant) : "–";

    public static string Arm(ExperimentArm arm) => arm == ExperimentArm.Remedy ? "With the remedy" : "Without";

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
