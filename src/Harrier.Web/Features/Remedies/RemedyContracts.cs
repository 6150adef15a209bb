using Harrier.Core.Remedies;

namespace Harrier.Web.Features.Remedies;

/// <summary>One experiment in the list: what, when, where it stands and the verdict so far.</summary>
/// <param name="CompletedPairs">Pairs whose two periods both have a mean morning pain.</param>
/// <param name="NeededPairs">Pairs a verdict needs (6: the fewest with which the exact test can reach p &lt; .05 two-sided).</param>
public sealed record RemedySummaryResponse(
    int Id, string Remedy, string? ExerciseId, DateOnly Start, DateOnly End, RemedyStatus Status, DateOnly? StoppedOn,
    RemedyVerdict Verdict, string Summary, int CompletedPairs, int NeededPairs)
{
    public static RemedySummaryResponse From(RemedyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new RemedySummaryResponse(report.Trial.Id, report.Design.Remedy, report.Trial.ExerciseId, report.Design.Start, report.Design.End,
            report.Status, report.Trial.StoppedOn, report.Result.Verdict, report.Result.Summary, report.Result.Pairs.Count, report.Result.NeededPairs);
    }
}

/// <summary>One experiment in full. Pain is the morning check-in on the 0–10 scale; differences are remedy − control (negative = less pain).</summary>
/// <param name="Today">The runner's calendar day now.</param>
/// <param name="Current">Today's period while the experiment runs: do the remedy today or not.</param>
/// <param name="Days">Every day from the start to today (or the stop, or the end) with its morning pain and run load (AU).</param>
public sealed record RemedyResponse(
    int Id, string Remedy, string? ExerciseId, RemedyStatus Status, DateOnly Today, DateOnly? StoppedOn, RemedyDesignResponse Design,
    RemedyTodayResponse? Current, IReadOnlyList<RemedyPeriodResponse> Periods, RemedyAnalysisResponse Analysis, IReadOnlyList<RemedyDayResponse> Days)
{
    public static RemedyResponse From(RemedyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var d = report.Design;
        var current = report.Current is { } p
            ? new RemedyTodayResponse(p.Pair, p.Arm, p.Arm == ExperimentArm.Remedy, !p.IsScored(report.Today), p.End)
            : null;
        return new RemedyResponse(report.Trial.Id, d.Remedy, report.Trial.ExerciseId, report.Status, report.Today, report.Trial.StoppedOn,
            new RemedyDesignResponse(d.Start, d.End, d.PeriodDays, d.WashoutDays, d.PairCount),
            current,
            [.. report.Result.Periods.Select(m => new RemedyPeriodResponse(m.Period.Pair, m.Period.Arm, m.Period.Start, m.Period.End,
                m.Period.ScoredFrom, m.CheckIns, m.Needed, m.Finished, Round(m.Mean)))],
            RemedyAnalysisResponse.From(report),
            [.. report.Days.Select(day => new RemedyDayResponse(day.Day, day.Period?.Pair, day.Period?.Arm, day.Scored, day.Pain, Math.Round(day.Load, 1)))]);
    }

    internal static double? Round(double? value, int digits = 2) => value is { } v ? Math.Round(v, digits) : null;

    /// <summary>The change made to the runner's plan when it was held steady for this experiment (only when it was started).</summary>
    public Harrier.Core.Plans.ChangeDocument? PlanChange { get; init; }
}

/// <summary>
/// What the runner's plan means for an experiment: the pairs offered (fitting before <paramref name="GoalDay"/>) and why fewer than a verdict
/// needs; the plan's running (seconds) in the experiment's first and last week, a warning when it changes by more than 30%, and whether the
/// plan can be held steady. Without a plan, only the default pairs.
/// </summary>
public sealed record RemedyPlanResponse(
    int DefaultPairs, string? LengthNote, DateOnly? GoalDay, int? FirstWeekRunSeconds, int? LastWeekRunSeconds, string? LoadWarning, bool CanHoldSteady)
{
    public static RemedyPlanResponse From(RemedyPlanNotes notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        return new RemedyPlanResponse(notes.Length.Pairs, notes.Length.Note, notes.Length.GoalDay, notes.Load?.FirstWeekSeconds, notes.Load?.LastWeekSeconds,
            notes.Load?.Warning, notes.Load?.CanHoldSteady == true);
    }
}

public sealed record RemedyDesignResponse(DateOnly Start, DateOnly End, int PeriodDays, int WashoutDays, int Pairs);

/// <param name="DoRemedy">True: do the remedy today. False: leave it out today.</param>
/// <param name="Washout">Today is one of the period's first days, whose check-in is not counted.</param>
public sealed record RemedyTodayResponse(int Pair, ExperimentArm Arm, bool DoRemedy, bool Washout, DateOnly PeriodEnd);

/// <param name="MeanPain">Mean morning pain over the counted days, once the period is over and enough days have a check-in.</param>
public sealed record RemedyPeriodResponse(
    int Pair, ExperimentArm Arm, DateOnly Start, DateOnly End, DateOnly CountedFrom, int CheckIns, int CheckInsNeeded, bool Finished, double? MeanPain);

public sealed record RemedyDayResponse(DateOnly Date, int? Pair, ExperimentArm? Arm, bool Counted, int? Pain, double Load);

/// <summary>The analysis of EVIDENCE.md §7.2 with the plain verdict (<paramref name="Summary"/>) and its caveats.</summary>
public sealed record RemedyAnalysisResponse(
    RemedyVerdict Verdict, string Summary, IReadOnlyList<string> Caveats, int CompletedPairs, int NeededPairs,
    IReadOnlyList<RemedyPairResponse> Pairs, RemedyIntervalResponse? Interval, RemedyRandomizationResponse? Randomization, RemedyBayesResponse? Bayes)
{
    public static RemedyAnalysisResponse From(RemedyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var r = report.Result;
        return new RemedyAnalysisResponse(r.Verdict, r.Summary, report.Caveats, r.Pairs.Count, r.NeededPairs,
            [.. r.Pairs.Select(p => new RemedyPairResponse(p.Pair, Math.Round(p.RemedyMean, 2), Math.Round(p.ControlMean, 2), Math.Round(p.Difference, 2)))],
            r.Interval is { } i
                ? new RemedyIntervalResponse(Math.Round(i.Mean, 2), Math.Round(i.Low, 2), Math.Round(i.High, 2), i.Confidence, i.DegreesOfFreedom)
                : null,
            r.Randomization is { } t ? new RemedyRandomizationResponse(t.TwoSided, t.OneSidedLower, t.Assignments, t.SmallestTwoSided) : null,
            r.Bayes is { } b
                ? new RemedyBayesResponse(b.Threshold, Math.Round(b.ProbabilityOfCut, 4), Math.Round(b.PosteriorMean, 2),
                    Math.Round(b.PosteriorStandardDeviation, 2), RemedyText.BayesLabel(r))
                : null);
    }
}

public sealed record RemedyPairResponse(int Pair, double RemedyMean, double ControlMean, double Difference);

/// <summary>Mean of the pair differences with its t interval (<paramref name="Confidence"/>, df = pairs − 1).</summary>
public sealed record RemedyIntervalResponse(double Mean, double Low, double High, double Confidence, int DegreesOfFreedom);

/// <summary>The exact sign-flip test over all 2^n pair orders.</summary>
public sealed record RemedyRandomizationResponse(double TwoSided, double OneSidedLower, long Assignments, double SmallestTwoSided);

/// <summary>P(the remedy cuts morning pain by at least <paramref name="Threshold"/> points), with how to read it.</summary>
public sealed record RemedyBayesResponse(double Threshold, double ProbabilityOfCut, double PosteriorMean, double PosteriorStandardDeviation, string Label);
