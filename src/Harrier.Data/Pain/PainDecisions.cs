using Harrier.Core.Pain;
using Harrier.Core.Plans;
using Harrier.Core.Triage;
using Harrier.Data.Plans;

namespace Harrier.Data.Pain;

/// <summary>
/// The one place a runner's pain changes their plan. Every path that records a pain signal (the journal, the morning check-in,
/// "it hurt" on Today, the warning-signs check) calls <see cref="ApplyAsync(string, DateOnly, CancellationToken)"/> after saving it; triage calls Core's
/// <see cref="PainTriage"/> on the same <see cref="PainHistory"/>. The decision comes from Core; this class only loads and saves.
/// </summary>
/// <remarks>
/// A decision changes the plan once per observation: the plan's history records the day it was about, and the same decision (or a
/// milder one) about the same day is not applied again; a more cautious one is. An easier week is given once per week: while one
/// given in the last <see cref="EasierWeekDays"/> days is running, another (a second check-in that day, a later run still rising)
/// does not cut the same sessions again. Progress and hold leave the sessions as they are.
/// </remarks>
public sealed class PainDecisions(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>How long an easier week lasts from the day it was given.</summary>
    public const int EasierWeekDays = 7;

    /// <summary>The decision for the runner on <paramref name="today"/>, without changing anything.</summary>
    public async Task<PainDecision> DecideAsync(string ownerId, DateOnly today, CancellationToken cancellationToken)
    {
        var history = await new PainHistory(db).LoadAsync(ownerId, today, cancellationToken);
        return PainTriage.Decide(history.Signals, history.Screens, today);
    }

    /// <summary>Decides, and applies the decision to the runner's active plan when it changes sessions.</summary>
    /// <returns>The decision, and the plan change made (null when none).</returns>
    public Task<(PainDecision Decision, PlanChange? Change)> ApplyAsync(string ownerId, DateOnly today, CancellationToken cancellationToken) =>
        ApplyAsync(ownerId, today, PainAction.Repeat, cancellationToken);

    /// <summary>
    /// Decides, and applies the decision to the runner's active plan when it is at least <paramref name="atLeast"/> (a new plan takes
    /// only a pause for a warning sign still open: <see cref="PainAction.Suspend"/>).
    /// </summary>
    public async Task<(PainDecision Decision, PlanChange? Change)> ApplyAsync(
        string ownerId, DateOnly today, PainAction atLeast, CancellationToken cancellationToken)
    {
        var history = await new PainHistory(db).LoadAsync(ownerId, today, cancellationToken);
        var decision = PainTriage.Decide(history.Signals, history.Screens, today);
        var plans = new RunnerPlans(db, clock);
        if (decision.Action < PainAction.Repeat || decision.Action < atLeast || await plans.ActiveAsync(ownerId, cancellationToken) is not { } stored)
        {
            return (decision, null);
        }

        var plan = stored.Plan;
        var adjustment = Adjustment(decision);
        if (AlreadyApplied(plan, adjustment, today))
        {
            return (decision, null);
        }

        // Today's session is over once the runner ran today (a logged run, a session marked done or hurt, pain during or after a run):
        // the change then starts with the next one.
        var ranToday = history.Signals.Observations(today).Any(o => o.Day == today);
        var adapted = PlanAdaptation.Apply(plan, adjustment, today, ranToday ? today.AddDays(1) : today);
        if (adapted.Changes.Count == plan.Changes.Count)
        {
            return (decision, null);
        }

        stored.Plan = adapted;
        await plans.SaveAsync(stored, cancellationToken);
        return (decision, adapted.Changes[^1]);
    }

    /// <summary>The plan's form of a pain decision: the same action, reason and basis.</summary>
    public static PlanAdjustment Adjustment(PainDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var action = decision.Action switch
        {
            PainAction.Progress => PlanAction.Progress,
            PainAction.Hold => PlanAction.Hold,
            PainAction.Repeat => PlanAction.Repeat,
            PainAction.Reduce => PlanAction.Reduce,
            PainAction.Deload => PlanAction.Deload,
            _ => PlanAction.Suspend,
        };
        return new PlanAdjustment(action, decision.Reason, decision.Basis.Text, decision.About);
    }

    private static bool AlreadyApplied(TrainingPlan plan, PlanAdjustment adjustment, DateOnly today) =>
        (adjustment.Action == PlanAction.Suspend && plan.IsSuspended)
        || (adjustment.Action == PlanAction.Deload
            && plan.Changes.Any(c => c.Action == PlanAction.Deload && c.On > today.AddDays(-EasierWeekDays) && c.On <= today))
        || plan.Changes.Any(c => c.About == adjustment.About && c.Basis == adjustment.Basis && c.Action >= adjustment.Action
            && c.Action != PlanAction.Realign);
}
