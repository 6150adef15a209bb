using Harrier.Core.Activities;
using Harrier.Core.Runs;
using Harrier.Import;
using Harrier.Import.Sources;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Import;

/// <summary>
/// Recomputes stored run metrics from the original files when Harrier's formulas change (<see cref="RunMetrics.CurrentVersion"/>),
/// the one job behind <c>harrier recompute</c>. Pages never recompute: they show what is stored.
/// </summary>
/// <remarks>
/// Each recording's original file is read again with today's readers; the activity that starts closest to the run (within
/// <see cref="SameActivity"/>) gives the new metrics, streams, device name and heart-rate load. The run's own distance, time,
/// effort and notes are the runner's and are left as they are. A file that no longer gives the run is reported and left as it was.
/// </remarks>
public sealed class MetricsRecompute(HarrierDbContext db, ImportLimits limits)
{
    public const int BatchSize = 20;

    public static readonly TimeSpan SameActivity = TimeSpan.FromMinutes(30);

    /// <summary>Recomputes the recordings of one runner (or of everyone when <paramref name="ownerId"/> is null).</summary>
    /// <param name="ownerId">The runner, or null for all runners.</param>
    /// <param name="force">Recompute current metrics too, not only those stored under older formulas.</param>
    /// <param name="cancellationToken">Stops between batches; finished batches stay saved.</param>
    public async Task<RecomputeResult> RunAsync(string? ownerId, bool force, CancellationToken cancellationToken)
    {
        var ids = await db.RunRecordings.AsNoTracking()
            .Where(r => ownerId == null || r.OwnerId == ownerId)
            .Where(r => force || r.Metrics.Version < RunMetrics.CurrentVersion)
            .OrderBy(r => r.RunId).Select(r => r.RunId).ToListAsync(cancellationToken);
        var upToDate = await db.RunRecordings.CountAsync(r => ownerId == null || r.OwnerId == ownerId, cancellationToken) - ids.Count;
        var failed = new List<string>();
        foreach (var batch in ids.Chunk(BatchSize))
        {
            var runs = await db.Runs.Where(r => batch.Contains(r.Id)).Include(r => r.Recording!).ThenInclude(r => r.Original).ToListAsync(cancellationToken);
            var owners = runs.Select(r => r.OwnerId).Distinct().ToList();
            var profiles = await db.Users.AsNoTracking().Where(u => owners.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.HeartRateProfile, cancellationToken);
            foreach (var run in runs)
            {
                if (Recompute(run, profiles.GetValueOrDefault(run.OwnerId), cancellationToken) is { } problem)
                {
                    failed.Add(problem);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return new RecomputeResult(ids.Count - failed.Count, upToDate, failed);
    }

    /// <summary>Null when the run's recording was recomputed; otherwise why not.</summary>
    private string? Recompute(Run run, Core.Load.HeartRateProfile? profile, CancellationToken cancellationToken)
    {
        var recording = run.Recording!;
        var label = FormattableString.Invariant($"{recording.FileName} (run of {run.StartUtc:yyyy-MM-dd HH:mm} UTC)");
        var parsed = ActivityReader.Read(recording.FileName, OriginalFile.Restore(recording.FileName, recording.Original!.Stored), limits, cancellationToken);
        var read = parsed.Activities
            .Where(a => a.Activity.StartUtc is not null && a.Check.Status != ActivityStatus.Skipped)
            .MinBy(a => Math.Abs((a.Activity.StartUtc!.Value - run.StartUtc).Ticks));
        if (read is null || Math.Abs((read.Activity.StartUtc!.Value - run.StartUtc).Ticks) > SameActivity.Ticks)
        {
            return label + ": " + (parsed.Error?.Message ?? "the file no longer gives this run");
        }

        recording.Metrics = RunMetrics.From(read.Metrics);
        recording.Streams = StreamCodec.Encode(read.Activity.Samples.Span);
        recording.SampleCount = read.Activity.Samples.Length;
        recording.Creator = read.Activity.Creator is { } creator ? creator[..Math.Min(creator.Length, 200)] : null;
        run.HeartRateLoad = ActivityImport.HeartRateLoad(profile, recording.Metrics);
        return null;
    }
}

/// <summary>What a recompute did.</summary>
/// <param name="Recomputed">Recordings whose metrics were computed again.</param>
/// <param name="UpToDate">Recordings already at the current version (left alone unless forced).</param>
/// <param name="Failed">Recordings whose file no longer gives their run, each with the reason.</param>
public sealed record RecomputeResult(int Recomputed, int UpToDate, IReadOnlyList<string> Failed);
