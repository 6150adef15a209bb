namespace Harrier.Core.Plans;

/// <summary>Turns recorded pain into a plan action: the first matching row of <see cref="Rules"/> decides.</summary>
/// <remarks>
/// Adapted from the pain-monitoring model used by Silbernagel KG et al., Am J Sports Med 2007;35(6):897–906 (EVIDENCE.md §3):
/// pain during activity may reach 5/10 [S]; it must have settled by the next morning [S]; pain must not rise from week to week [S];
/// if pain is increased the next day, the amount of exercise should be decreased [S]. The model was validated in Achilles
/// tendinopathy, not in other pain, so the app labels it "adapted" (<see cref="PainDecision.Basis"/>). The split between
/// "repeat" (a 1-point rise) and "reduce" (2 points or more, or above 5) is Harrier's design, not evidence.
/// </remarks>
public static class PainMonitoring
{
    /// <summary>The largest pain during a run the model accepts (0–10 scale).</summary>
    public const int AcceptableDuring = 5;

    /// <summary>The rules in the order they are tried.</summary>
    public static IReadOnlyList<PainMonitoringRule> Rules { get; } =
    [
        new("red-flag", t => t.RedFlag, PlanAction.Suspend,
            "You reported a warning sign. Stop running and see a doctor before carrying on; the plan is paused until then."),
        new("during-above-5", t => t.During > AcceptableDuring, PlanAction.Reduce,
            "Pain during the run went above 5 out of 10, more than the model accepts. The next session is made easier."),
        new("rising-week-on-week", t => t.ThisWeekMorning > t.LastWeekMorning, PlanAction.Deload,
            "Your morning pain has gone up from one week to the next. The coming week is an easier week."),
        new("morning-up-a-lot", t => t.Morning - t.PreviousMorning >= 2 || (t.Morning > t.PreviousMorning && t.Morning > AcceptableDuring),
            PlanAction.Reduce, "Pain the next morning was clearly higher than the morning before. The next session is made easier."),
        new("morning-up", t => t.Morning > t.PreviousMorning, PlanAction.Repeat,
            "Pain the next morning was a little higher than the morning before. Repeat the last session before stepping up."),
        new("no-morning-yet", t => t.Morning is null, PlanAction.Hold,
            "Record how the pain is tomorrow morning; until then, do not step up."),
        new("settled", t => (t.During is null or <= AcceptableDuring) && t.Morning <= t.Baseline, PlanAction.Progress,
            "Pain stayed at 5 out of 10 or less during the run and was back to your usual level the next morning. Carry on as planned."),
        new("not-settled", _ => true, PlanAction.Hold,
            "Morning pain is not yet back to your usual level. Stay at this level until it settles."),
    ];

    /// <summary>The decision for the runner's observations so far.</summary>
    /// <param name="history">Pain observations, any order; the latest run is the one decided on.</param>
    /// <param name="baselineMorning">The runner's usual morning pain before starting (0 when none).</param>
    public static PainDecision Decide(IEnumerable<PainObservation> history, int baselineMorning = 0)
    {
        var trend = PainTrend.From(history, baselineMorning);
        var rule = Rules.First(r => r.Applies(trend));
        return new PainDecision(rule.Action, rule.Reason, rule.Name);
    }
}
