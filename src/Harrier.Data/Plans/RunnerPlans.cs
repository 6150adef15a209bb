using Harrier.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Plans;

/// <summary>
/// A runner's plans in the database: the active plan, starting a new one (the old one is archived, never deleted), and the
/// runner's "done / skipped / hurt" answers, which adapt the plan through Core's <see cref="PlanAdaptation"/>.
/// </summary>
public sealed class RunnerPlans(HarrierDbContext db, TimeProvider clock)
{
    public Task<StoredPlan?> ActiveAsync(string ownerId, CancellationToken cancellationToken) =>
        db.Plans.Where(p => p.OwnerId == ownerId && p.IsActive).OrderByDescending(p => p.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Makes <paramref name="plan"/> the runner's active plan, archiving the current one; a warning sign still open pauses it at once.
    /// </summary>
    /// <param name="ownerId">The runner.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="setById">The coach who set it for the runner, or null when the runner chose it.</param>
    public async Task<StoredPlan> StartAsync(string ownerId, TrainingPlan plan, CancellationToken cancellationToken, string? setById = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var now = clock.GetUtcNow().UtcDateTime;
        await foreach (var old in db.Plans.Where(p => p.OwnerId == ownerId && p.IsActive).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            old.IsActive = false;
            old.UpdatedUtc = now;
        }

        var stored = new StoredPlan
        {
            OwnerId = ownerId, Name = plan.Name, IsActive = true, Document = PlanJson.Write(plan), CreatedUtc = now, UpdatedUtc = now, SetById = setById,
        };
        db.Plans.Add(stored);
        await db.SaveChangesAsync(cancellationToken);

        // A warning sign still open (an emergency or a same-day sign not yet seen by a clinician) pauses a new plan as it paused
        // the old one: the same pain decision as every other path, so no plan made afterwards offers a run.
        if (await db.Users.FindAsync([ownerId], cancellationToken) is { } runner)
        {
            await new Pain.PainDecisions(db, clock).ApplyAsync(ownerId, runner.Today(clock), Core.Pain.PainAction.Suspend, cancellationToken);
        }

        return stored;
    }

    /// <summary>Saves a plan whose document was changed (for example resumed after a pause).</summary>
    public async Task SaveAsync(StoredPlan stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        stored.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Saves a change the runner asked for (<see cref="PlanEdits"/>) when it was accepted; a refused one changes nothing.</summary>
    /// <returns>True when the plan changed.</returns>
    public async Task<bool> ApplyAsync(StoredPlan stored, PlanEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(edit);
        if (edit.Plan is not { } plan)
        {
            return false;
        }

        stored.Plan = plan;
        await SaveAsync(stored, cancellationToken);
        return true;
    }

    /// <summary>
    /// Resumes a paused plan after the runner has been seen: the warning signs that paused it are marked as seen, and the sessions
    /// still to do move later by the time paused (<see cref="PlanAdaptation.Resume"/>: whole weeks, never earlier).
    /// </summary>
    /// <returns>The change, whose reason gives the new goal day or finishing day; null when the plan was not paused.</returns>
    public async Task<PlanChange?> ResumeAsync(StoredPlan stored, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        await new Screening.RedFlagCheck(db, clock).ClearAsync(stored.OwnerId, cancellationToken);
        var plan = stored.Plan;
        if (!plan.IsSuspended)
        {
            return null;
        }

        var done = Done(await OutcomesAsync(stored, cancellationToken));
        stored.Plan = PlanAdaptation.Resume(plan, today, "You have been seen by a clinician and may run again.", done);
        await SaveAsync(stored, cancellationToken);
        return stored.Plan.Changes[^1];
    }

    /// <summary>The runner's answers for the active plan, by date.</summary>
    public async Task<IReadOnlyDictionary<DateOnly, SessionOutcome>> OutcomesAsync(StoredPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var outcomes = await db.SessionOutcomes.AsNoTracking().Where(o => o.PlanId == plan.Id).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        return outcomes.GroupBy(o => o.Date).ToDictionary(g => g.Key, g => g.Last());
    }

    /// <summary>
    /// Records the answer for <paramref name="date"/> and adapts the plan: a skipped run is moved to the next training day (nothing is
    /// skipped ahead); "it hurt" goes through the one pain decision (<see cref="Pain.PainDecisions"/>) with its score. Returns the
    /// change made, if any.
    /// </summary>
    public Task<PlanChange?> RecordAsync(
        StoredPlan stored, DateOnly date, SessionResult result, int? painDuringRun, DateOnly today, CancellationToken cancellationToken) =>
        RecordAsync(stored, new SessionAnswer(date, result) { PainDuringRun = painDuringRun }, today, cancellationToken);

    /// <summary>
    /// Records <paramref name="answer"/> and adapts the plan as the other overload says. A session done or cut short without a run
    /// is linked to the run from the log that clearly matches it, if there is one (<see cref="SessionMatch"/>).
    /// </summary>
    public async Task<PlanChange?> RecordAsync(StoredPlan stored, SessionAnswer answer, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(answer);
        var now = clock.GetUtcNow().UtcDateTime;
        var runId = answer.RunId;
        if (runId is null && answer.Result is SessionResult.Done or SessionResult.CutShort)
        {
            var candidates = await new SessionRuns(db, clock).CandidatesAsync(stored, answer.Date, cancellationToken);
            runId = candidates.Where(c => c.Kind == SessionMatchKind.Clear).Select(c => (int?)c.Run.Id).FirstOrDefault();
        }

        db.SessionOutcomes.Add(new SessionOutcome
        {
            PlanId = stored.Id, OwnerId = stored.OwnerId, Date = answer.Date, Result = answer.Result, PainDuringRun = answer.PainDuringRun,
            RunId = runId, SecondsDone = answer.SecondsDone, RecordedUtc = now,
        });
        if (answer.Result == SessionResult.Hurt)
        {
            await db.SaveChangesAsync(cancellationToken);
            var (_, change) = await new Pain.PainDecisions(db, clock).ApplyAsync(stored.OwnerId, today, cancellationToken);
            return change;
        }

        var plan = stored.Plan;
        var outcomes = await OutcomesAsync(stored, cancellationToken);
        var done = Done(outcomes);
        done.Remove(answer.Date);
        // The change is dated today (the runner's day); the sessions move from the day after the skipped one at the earliest.
        var adapted = answer.Result == SessionResult.Skipped
            ? PlanAdaptation.Realign(plan, done, today, Later(answer.Date.AddDays(1), today))
            : plan;
        if (!ReferenceEquals(adapted, plan))
        {
            stored.Plan = adapted;
            stored.UpdatedUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return adapted.Changes.Count > plan.Changes.Count ? adapted.Changes[^1] : null;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>The days whose session the runner did (done, cut short or hurt): anything but skipped.</summary>
    private static HashSet<DateOnly> Done(IReadOnlyDictionary<DateOnly, SessionOutcome> outcomes) =>
        outcomes.Where(o => o.Value.Result != SessionResult.Skipped).Select(o => o.Key).ToHashSet();
}
