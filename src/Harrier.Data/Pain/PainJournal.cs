using Harrier.Core.Pain;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Pain;

/// <summary>
/// A runner's pain journal and morning check-ins. Saving either goes through the one pain decision (<see cref="PainDecisions"/>),
/// which may change the active plan.
/// </summary>
public sealed class PainJournal(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>How far back the journal pages and API list by default.</summary>
    public const int WindowDays = 28;

    /// <summary>Saves an entry and returns it with the decision it led to.</summary>
    public async Task<(PainRecord Record, CheckInResult Result)> AddAsync(
        string ownerId, PainEntry entry, DateOnly today, CancellationToken cancellationToken)
    {
        var record = PainRecord.From(ownerId, entry, clock.GetUtcNow().UtcDateTime);
        db.PainEntries.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        var (decision, change) = await new PainDecisions(db, clock).ApplyAsync(ownerId, today, cancellationToken);
        return (record, new CheckInResult(decision, change, Core.Screening.RedFlagScreen.ShouldAsk(entry)));
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
        var (decision, change) = await new PainDecisions(db, clock).ApplyAsync(ownerId, checkIn.Day, cancellationToken);
        return new CheckInResult(decision, change, checkIn.SomethingNew);
    }
}
