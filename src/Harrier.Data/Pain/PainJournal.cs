using Harrier.Core.Pain;
using Harrier.Core.Plans;
using Harrier.Data.Plans;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Pain;

/// <summary>
/// A runner's pain journal and morning check-ins, and what they mean for the active plan: after each check-in the recent entries
/// go through the plan's pain-monitoring model (<see cref="PainSignals"/>), and a repeat, reduce, easier-week or pause decision is
/// applied to the plan with its reason, at most once a day.
/// </summary>
public sealed class PainJournal(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>How far back entries and check-ins are read for a decision.</summary>
    public const int WindowDays = 28;

    public async Task<PainRecord> AddAsync(string ownerId, PainEntry entry, CancellationToken cancellationToken)
    {
        var record = PainRecord.From(ownerId, entry, clock.GetUtcNow().UtcDateTime);
        db.PainEntries.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    public async Task<IReadOnlyList<PainRecord>> RecentAsync(string ownerId, DateOnly from, CancellationToken cancellationToken) =>
        await db.PainEntries.AsNoTracking().Where(p => p.OwnerId == ownerId && p.Day >= from)
            .OrderByDescending(p => p.Day).ThenByDescending(p => p.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CheckInRecord>> CheckInsAsync(string ownerId, DateOnly from, CancellationToken cancellationToken) =>
        await db.CheckIns.AsNoTracking().Where(c => c.OwnerId == ownerId && c.Day >= from).OrderBy(c => c.Day).ToListAsync(cancellationToken);

    /// <summary>Records the morning check-in (replacing one already given that day) and returns the decision it led to.</summary>
    public async Task<CheckInResult> CheckInAsync(string ownerId, MorningCheckIn checkIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var now = clock.GetUtcNow().UtcDateTime;
        var record = await db.CheckIns.SingleOrDefaultAsync(c => c.OwnerId == ownerId && c.Day == checkIn.Day, cancellationToken);
        if (record is null)
        {
            record = new CheckInRecord { OwnerId = ownerId, Day = checkIn.Day };
            db.CheckIns.Add(record);
        }

        record.Pain = checkIn.Pain;
        record.SomethingNew = checkIn.SomethingNew;
        record.RecordedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return await DecideAsync(ownerId, checkIn.Day, cancellationToken);
    }

    private async Task<CheckInResult> DecideAsync(string ownerId, DateOnly day, CancellationToken cancellationToken)
    {
        var from = day.AddDays(-WindowDays);
        var entries = (await RecentAsync(ownerId, from, cancellationToken)).Select(r => r.ToEntry()).ToArray();
        if (!entries.Any(e => e.Day >= day.AddDays(-7) && (e.DuringRun is not null || e.AfterRun is not null)))
        {
            // No running-related pain this week: the morning score is tracked, and the plan is left alone.
            return new CheckInResult(null, null);
        }

        var checkIns = (await CheckInsAsync(ownerId, from, cancellationToken)).Select(c => c.ToCheckIn());
        var decision = PainMonitoring.Decide(PainSignals.Observations(entries, checkIns));
        var plans = new RunnerPlans(db, clock);
        if (decision.Action is PlanAction.Progress or PlanAction.Hold || await plans.ActiveAsync(ownerId, cancellationToken) is not { } stored)
        {
            return new CheckInResult(decision, null);
        }

        var plan = stored.Plan;
        if (plan.Changes.Any(c => c.On == day && c.Basis == PainDecision.Basis))
        {
            return new CheckInResult(decision, null);
        }

        stored.Plan = PlanAdaptation.Apply(plan, decision, day);
        await plans.SaveAsync(stored, cancellationToken);
        return new CheckInResult(decision, stored.Plan.Changes.Count > plan.Changes.Count ? stored.Plan.Changes[^1] : null);
    }
}
