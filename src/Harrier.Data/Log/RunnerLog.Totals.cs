using System.Linq.Expressions;
using Harrier.Core.Activities;
using Harrier.Core.Log;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Log;

public sealed partial class RunnerLog
{
    /// <summary>Each best-effort distance with the stored column that holds it.</summary>
    private static readonly (Distance Distance, Expression<Func<RunRecording, TimeSpan?>> Time)[] Efforts =
    [
        (BestEffort.Distances[0], r => r.Metrics.Best1Kilometer),
        (BestEffort.Distances[1], r => r.Metrics.Best5Kilometers),
        (BestEffort.Distances[2], r => r.Metrics.Best10Kilometers),
    ];

    /// <summary>Every month and every year of the runner's log, newest first, each with its totals (empty ones between runs included).</summary>
    /// <remarks>Reads each run's start, distance and time only (no shoes, recordings or files): a decade of runs is a few thousand rows.</remarks>
    public async Task<(IReadOnlyList<LogPeriod> Months, IReadOnlyList<LogPeriod> Years)> TotalsAsync(
        string ownerId, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var rows = await db.Runs.AsNoTracking().OwnedBy(ownerId).Select(r => new { r.StartUtc, r.Distance, r.Duration }).ToListAsync(cancellationToken);
        var runs = rows.Select(r => new Run { OwnerId = ownerId, StartUtc = r.StartUtc, Distance = r.Distance, Duration = r.Duration }).ToArray();
        return (TrainingLog.ByMonth(runs, zone), TrainingLog.ByYear(runs, zone));
    }

    /// <summary>
    /// The runner's personal bests, each linked to its run: the fastest 1 km, 5 km and 10 km found in any recorded run (best
    /// efforts stored at import) and the longest run. Distances nobody has covered yet are left out.
    /// </summary>
    public async Task<IReadOnlyList<PersonalBest>> BestsAsync(string ownerId, CancellationToken cancellationToken)
    {
        var recordings = db.RunRecordings.AsNoTracking().Where(r => r.OwnerId == ownerId);
        var bests = new List<PersonalBest>();
        foreach (var (distance, time) in Efforts)
        {
            var recorded = Expression.Lambda<Func<RunRecording, bool>>(
                Expression.NotEqual(time.Body, Expression.Constant(null, typeof(TimeSpan?))), time.Parameters);
            var ordered = recordings.Where(recorded).OrderBy(time).ThenBy(r => r.RunId);
            var best = await ordered.Select(time).FirstOrDefaultAsync(cancellationToken);
            var runId = await ordered.Select(r => r.RunId).FirstOrDefaultAsync(cancellationToken);
            if (best is { } seconds && await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken) is { } run)
            {
                bests.Add(new PersonalBest(distance, seconds, false, run.Id, run.StartUtc, run.TimeZoneId, run.Name));
            }
        }

        var longest = await db.Runs.AsNoTracking().OwnedBy(ownerId).OrderByDescending(r => r.Distance).ThenBy(r => r.StartUtc)
            .FirstOrDefaultAsync(cancellationToken);
        if (longest is not null)
        {
            bests.Add(new PersonalBest(longest.Distance, longest.Duration, true, longest.Id, longest.StartUtc, longest.TimeZoneId, longest.Name));
        }

        return bests;
    }
}
