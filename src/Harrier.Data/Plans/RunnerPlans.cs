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

    /// <summary>Makes <paramref name="plan"/> the runner's active plan, archiving the current one.</summary>
    public async Task<StoredPlan> StartAsync(string ownerId, TrainingPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var now = clock.GetUtcNow().UtcDateTime;
        await foreach (var old in db.Plans.Where(p => p.OwnerId == ownerId && p.IsActive).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            old.IsActive = false;
            old.UpdatedUtc = now;
        }

        var stored = new StoredPlan { OwnerId = ownerId, Name = plan.Name, IsActive = true, Document = PlanJson.Write(plan), CreatedUtc = now, UpdatedUtc = now };
        db.Plans.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return stored;
    }

    /// <summary>Saves a plan whose document was changed (for example resumed after a pause).</summary>
    public async Task SaveAsync(StoredPlan stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        stored.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
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
    /// skipped ahead); pain reported during a run goes through the pain-monitoring model. Returns the change made, if any.
    /// </summary>
    public async Task<PlanChange?> RecordAsync(
        StoredPlan stored, DateOnly date, SessionResult result, int? painDuringRun, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var now = clock.GetUtcNow().UtcDateTime;
        db.SessionOutcomes.Add(new SessionOutcome
        {
            PlanId = stored.Id, OwnerId = stored.OwnerId, Date = date, Result = result, PainDuringRun = painDuringRun, RecordedUtc = now,
        });
        var plan = stored.Plan;
        var outcomes = await OutcomesAsync(stored, cancellationToken);
        var adapted = result switch
        {
            SessionResult.Skipped => PlanAdaptation.Realign(plan, Done(outcomes, date, result), Later(date.AddDays(1), today)),
            SessionResult.Hurt => PlanAdaptation.Apply(plan, PainMonitoring.Decide(PainHistory(outcomes, date, painDuringRun)), date.AddDays(1)),
            _ => plan,
        };
        if (!ReferenceEquals(adapted, plan))
        {
            stored.Plan = adapted;
            stored.UpdatedUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return adapted.Changes.Count > plan.Changes.Count ? adapted.Changes[^1] : null;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static HashSet<DateOnly> Done(IReadOnlyDictionary<DateOnly, SessionOutcome> outcomes, DateOnly date, SessionResult result)
    {
        var done = outcomes.Where(o => o.Value.Result != SessionResult.Skipped).Select(o => o.Key).ToHashSet();
        if (result == SessionResult.Skipped)
        {
            done.Remove(date);
        }

        return done;
    }

    private static IEnumerable<PainObservation> PainHistory(IReadOnlyDictionary<DateOnly, SessionOutcome> outcomes, DateOnly date, int? pain) =>
        outcomes.Values.Where(o => o.Result == SessionResult.Hurt && o.Date != date)
            .Select(o => new PainObservation(o.Date, o.PainDuringRun, null))
            .Append(new PainObservation(date, pain, null));
}
