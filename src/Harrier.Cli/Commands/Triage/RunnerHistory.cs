using Harrier.Core.Pain;
using Harrier.Core.Runs;
using Harrier.Core.Troubleshooter;
using Harrier.Data;
using Microsoft.EntityFrameworkCore;
using Ranker = Harrier.Core.Troubleshooter.Troubleshooter;

namespace Harrier.Cli.Commands.Triage;

/// <summary>A stored runner's log as the troubleshooter reads it: runs (with shoes and climb/cadence), pain entries, check-ins.</summary>
internal sealed record RunnerHistory(IReadOnlyList<Run> Runs, IReadOnlyList<PainEntry> PainEntries, IReadOnlyList<MorningCheckIn> CheckIns)
{
    /// <summary>Pain entries and check-ins are read this far back; the comparisons look back 90 days.</summary>
    public const int LookBackDays = 120;

    public static RunnerHistory Empty { get; } = new([], [], []);

    /// <summary>
    /// Loads the log. Every run is read (shoe distance and single-run spikes need the runs before the window); recordings are read
    /// as their climb and cadence only, never the stored file and streams.
    /// </summary>
    public static async Task<RunnerHistory> LoadAsync(
        HarrierDbContext db, string ownerId, DateOnly today, CancellationToken cancellationToken)
    {
        var runs = await db.Runs.AsNoTracking().OwnedBy(ownerId).Include(r => r.Shoe).ToListAsync(cancellationToken);
        var recordings = await db.RunRecordings.AsNoTracking().Where(r => r.OwnerId == ownerId)
            .Select(r => new { r.RunId, r.ClimbPerKilometer, r.AverageCadence }).ToDictionaryAsync(r => r.RunId, cancellationToken);
        foreach (var run in runs)
        {
            if (recordings.TryGetValue(run.Id, out var r))
            {
                run.Recording = new RunRecording
                {
                    RunId = run.Id,
                    OwnerId = ownerId,
                    FileName = "",
                    Sha256 = "",
                    OriginalGzip = [],
                    Streams = [],
                    ClimbPerKilometer = r.ClimbPerKilometer,
                    AverageCadence = r.AverageCadence,
                };
            }
        }

        var from = today.AddDays(-LookBackDays);
        var entries = await db.PainEntries.AsNoTracking().Where(p => p.OwnerId == ownerId && p.Day >= from && p.Day <= today)
            .OrderBy(p => p.Day).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.OwnerId == ownerId && c.Day >= from && c.Day <= today)
            .OrderBy(c => c.Day).ToListAsync(cancellationToken);
        return new RunnerHistory(runs, entries.Select(e => e.ToEntry()).ToArray(), checkIns.Select(c => c.ToCheckIn()).ToArray());
    }

    /// <summary>Ranks the contributors from the answers, this log and the file's current pain entry, if any.</summary>
    public TriageResult Rank(TriageAnswers answers, PainEntry? current, DateOnly today) =>
        Ranker.Rank(answers, Runs, current is null ? PainEntries : [.. PainEntries, current], CheckIns, today);
}
