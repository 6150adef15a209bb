using Harrier.Core;
using Harrier.Core.Load;
using Harrier.Core.Log;
using Harrier.Core.Runs;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Log;

/// <summary>
/// A runner's log, the one place its queries live: the weeks the log page, the log API, the load page and a coach's view of a
/// client use (cut by Core's <see cref="TrainingLog"/> in the runner's zone, weeks starting on Monday, empty weeks included),
/// months and years with their totals, every run with filters and paging, and personal bests. Nothing here reads a recording's
/// streams or original file.
/// </summary>
public sealed partial class RunnerLog(HarrierDbContext db)
{
    /// <summary>The weeks from <paramref name="firstWeek"/> up to, not including, <paramref name="endWeek"/>, newest first, each with its
    /// runs (and their shoes) and cross-training, empty weeks included, loads counted with the runner's <see cref="LoadCalibration"/>.</summary>
    /// <param name="ownerId">The runner.</param>
    /// <param name="zone">The runner's time zone.</param>
    /// <param name="firstWeek">The Monday of the oldest week.</param>
    /// <param name="endWeek">The Monday after the newest week.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<TrainingWeek>> WeeksAsync(
        string ownerId, TimeZoneInfo zone, DateOnly firstWeek, DateOnly endWeek, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var (fromUtc, toUtc) = (Utc(firstWeek, zone), Utc(endWeek, zone));
        var runs = await db.Runs.AsNoTracking().OwnedBy(ownerId).StartedBetween(fromUtc, toUtc).Include(r => r.Shoe).ToListAsync(cancellationToken);
        var other = await db.CrossTraining.AsNoTracking().Where(c => c.OwnerId == ownerId && c.StartUtc >= fromUtc && c.StartUtc < toUtc)
            .ToListAsync(cancellationToken);
        var calibration = await CalibrationAsync(ownerId, cancellationToken);
        var byStart = TrainingLog.ByWeek(runs, zone, DayOfWeek.Monday, calibration).ToDictionary(w => w.Start);
        var otherByWeek = other.ToLookup(c => TrainingLog.WeekStart(TrainingLog.LocalDay(c.StartUtc, zone), DayOfWeek.Monday));
        var count = (endWeek.DayNumber - firstWeek.DayNumber) / 7;
        return Enumerable.Range(1, count).Select(i => endWeek.AddDays(-7 * i))
            .Select(start => (byStart.GetValueOrDefault(start) ?? new TrainingWeek(start, []) { Calibration = calibration }) with
            {
                CrossTraining = [.. otherByWeek[start].OrderByDescending(c => c.StartUtc)],
            })
            .ToArray();
    }

    /// <summary>True when the runner has runs before <paramref name="week"/> (its Monday, in the runner's zone).</summary>
    public Task<bool> HasRunsBeforeAsync(string ownerId, TimeZoneInfo zone, DateOnly week, CancellationToken cancellationToken)
    {
        var before = Utc(week, zone);
        return db.Runs.OwnedBy(ownerId).AnyAsync(r => r.StartUtc < before, cancellationToken);
    }

    /// <summary>
    /// How this runner's unrated runs turn heart-rate load into training load: from their most recent runs that have both an
    /// effort rating and a heart-rate load (<see cref="LoadCalibration.From"/>).
    /// </summary>
    public async Task<LoadCalibration> CalibrationAsync(string ownerId, CancellationToken cancellationToken)
    {
        var pairs = await db.Runs.AsNoTracking().OwnedBy(ownerId).Where(r => r.Effort != null && r.HeartRateLoad != null)
            .OrderByDescending(r => r.StartUtc).Take(LoadCalibration.MostPairs)
            .Select(r => new { r.Effort, r.Duration, r.HeartRateLoad }).ToListAsync(cancellationToken);
        return LoadCalibration.From(pairs.Select(p => (SessionLoad.Of(p.Effort!.Value, p.Duration), p.HeartRateLoad!.Value)));
    }

    /// <summary>The first and the latest start of the runner's runs (UTC), or nulls without runs.</summary>
    public async Task<(DateTime? First, DateTime? Latest)> SpanAsync(string ownerId, CancellationToken cancellationToken)
    {
        var starts = db.Runs.OwnedBy(ownerId).Select(r => (DateTime?)r.StartUtc);
        return (await starts.MinAsync(cancellationToken), await starts.MaxAsync(cancellationToken));
    }

    /// <summary>The UTC instant a local day starts at in <paramref name="zone"/>.</summary>
    internal static DateTime Utc(DateOnly day, TimeZoneInfo zone) => TimeZones.ToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
}
