using Harrier.Core.Troubleshooter;
using Harrier.Data;
using Microsoft.EntityFrameworkCore;
using Ranker = Harrier.Core.Troubleshooter.Troubleshooter;

namespace Harrier.Web.Features.Troubleshooting;

/// <summary>Ranks likely contributors for a runner from their answers and their own last 90 days of runs, pain entries and check-ins.</summary>
public sealed class RunnerTriage(HarrierDbContext db, TimeProvider clock)
{
    public async Task<TriageResult> RankAsync(HarrierUser user, TriageAnswers answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var today = user.Today(clock);
        var from = today.AddDays(-90);
        var since = DateTime.SpecifyKind(from.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
        var runs = await db.Runs.AsNoTracking().OwnedBy(user.Id).Where(r => r.StartUtc >= since)
            .Include(r => r.Shoe).Include(r => r.Recording).ToListAsync(cancellationToken);
        var pain = await db.PainEntries.AsNoTracking().Where(p => p.OwnerId == user.Id && p.Day >= from).ToListAsync(cancellationToken);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.OwnerId == user.Id && c.Day >= from).ToListAsync(cancellationToken);
        return Ranker.Rank(answers, runs, pain.Select(p => p.ToEntry()), checkIns.Select(c => c.ToCheckIn()), today);
    }
}
