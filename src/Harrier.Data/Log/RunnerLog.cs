using Harrier.Core;
using Harrier.Core.Log;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Log;

/// <summary>
/// A runner's log by week, the one query the log page, the log API and a coach's view of a client use: weeks cut by Core's
/// <see cref="TrainingLog"/> in the runner's zone (weeks start on Monday), empty weeks included.
/// </summary>
public sealed class RunnerLog(HarrierDbContext db)
{
    /// <summary>The weeks from <paramref name="firstWeek"/> up to, not including, <paramref name="endWeek"/>, newest first, each with its
    /// runs (and their shoes), empty weeks included.</summary>
    /// <param name="ownerId">The runner.</param>
    /// <param name="zone">The runner's time zone.</param>
    /// <param name="firstWeek">The Monday of the oldest week.</param>
    /// <param name="endWeek">The Monday after the newest week.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<TrainingWeek>> WeeksAsync(
        string ownerId, TimeZoneInfo zone, DateOnly firstWeek, DateOnly endWeek, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var fromUtc = TimeZones.ToUtc(firstWeek.ToDateTime(TimeOnly.MinValue), zone);
        var toUtc = TimeZones.ToUtc(endWeek.ToDateTime(TimeOnly.MinValue), zone);
        var runs = await db.Runs.AsNoTracking().OwnedBy(ownerId).StartedBetween(fromUtc, toUtc).Include(r => r.Shoe).ToListAsync(cancellationToken);
        var byStart = TrainingLog.ByWeek(runs, zone).ToDictionary(w => w.Start);
        var count = (endWeek.DayNumber - firstWeek.DayNumber) / 7;
        return Enumerable.Range(1, count).Select(i => endWeek.AddDays(-7 * i))
            .Select(start => byStart.GetValueOrDefault(start) ?? new TrainingWeek(start, [])).ToArray();
    }

    /// <summary>True when the runner has runs before <paramref name="week"/> (its Monday, in the runner's zone).</summary>
    public Task<bool> HasRunsBeforeAsync(string ownerId, TimeZoneInfo zone, DateOnly week, CancellationToken cancellationToken)
    {
        var before = TimeZones.ToUtc(week.ToDateTime(TimeOnly.MinValue), zone);
        return db.Runs.OwnedBy(ownerId).AnyAsync(r => r.StartUtc < before, cancellationToken);
    }
}
