using System.Security.Cryptography;
using System.Text;
using Harrier.Core.Activities;
using Harrier.Core.Units;
using Harrier.Import;
using Harrier.Import.Sources;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Import;

/// <summary>
/// Imports activity files into one runner's log. Each file is one transaction; a bad file is skipped with its reason and never
/// stops the batch; running the same import again finds every finished file as a duplicate and carries on with the rest.
/// </summary>
/// <remarks>
/// <para>A file may hold several activities (a triathlon, two runs): each gets its own outcome. Runs and walks (and activities
/// whose sport cannot be told) become runs; other legs are reported as "cross-training (cycling, 1:02:13): not stored yet";
/// an activity the reader's plausibility check skipped is reported with that reason, and a partial one is stored with what it
/// lacks among its issues.</para>
/// <para>A duplicate is the same file (same SHA-256) or the same run from another file or source, activity by activity: a
/// start within <see cref="SameStartTolerance"/> and a distance within <see cref="SameDistanceTolerance"/> (at least 50 m) of
/// a run already logged. The first run stored from a file keeps the file's hash; until recordings have a session column, a
/// file's later runs store the hash of "file hash#session index", which the unique index accepts.</para>
/// </remarks>
public sealed partial class ActivityImport(HarrierDbContext db, TimeProvider clock, ImportLimits limits)
{
    public static readonly TimeSpan SameStartTolerance = TimeSpan.FromMinutes(2);
    public const double SameDistanceTolerance = 0.03;

    private Dictionary<string, int>? _knownFiles;
    private Dictionary<string, int> _shoes = [];
    private string? _knownOwner;

    /// <summary>Imports one file's bytes (no export details).</summary>
    public Task<IReadOnlyList<ImportOutcome>> ImportAsync(HarrierUser owner, string fileName, byte[] data, CancellationToken cancellationToken) =>
        ImportAsync(owner, ImportItem.Read(fileName, data), cancellationToken);

    /// <summary>Imports one item the source walker found: one outcome per activity, or one for the whole file.</summary>
    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(HarrierUser owner, ImportItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(item);
        if (item.Data is not { } data)
        {
            return [ImportOutcome.Failed(item.Name, item.Problem ?? "the file could not be read")];
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(data));
        var known = await KnownFilesAsync(owner.Id, cancellationToken);
        if (known.TryGetValue(sha, out var existing))
        {
            return [new ImportOutcome(item.Name, ImportStatus.Duplicate, $"already imported as run {existing}", existing)];
        }

        var parsed = ActivityReader.Read(item.Name, data, limits, cancellationToken);
        if (parsed.Error is { } error)
        {
            return [ImportOutcome.Failed(item.Name, error.Message)];
        }

        var file = new FileToImport(item, data, sha, parsed);
        var outcomes = new List<ImportOutcome?>();
        var pending = new List<PendingRun>();
        foreach (var read in parsed.Activities)
        {
            var hash = pending.Count == 0 ? sha : SessionHash(sha, read.Session);
            var outcome = await ConsiderAsync(owner, file, read, hash, cancellationToken);
            if (outcome is null)
            {
                pending.Add(new PendingRun(NewRun(owner, file, read, hash), outcomes.Count, read));
            }

            outcomes.Add(outcome);
        }

        return await StoreAsync(file, pending, outcomes, cancellationToken);
    }

    /// <summary>Null when the activity should be stored; otherwise its outcome (skipped or a duplicate).</summary>
    private async Task<ImportOutcome?> ConsiderAsync(HarrierUser owner, FileToImport file, ReadActivity read, string hash, CancellationToken cancellationToken)
    {
        var session = file.Session(read);
        var issues = Issues(file.Parsed, read);
        if (read.Check.Status == ActivityStatus.Skipped)
        {
            return new ImportOutcome(file.Item.Name, ImportStatus.Skipped, read.Check.Reason!, Issues: issues, Unreadable: read.Check.Damaged, Session: session);
        }

        var sport = SportOf(read, file.Item.Details);
        if (sport is not (ActivitySport.Running or ActivitySport.Walking or ActivitySport.Hiking or ActivitySport.Unknown))
        {
            var time = DurationText.Format(read.Metrics.ElapsedTime > TimeSpan.Zero ? read.Metrics.ElapsedTime : read.Metrics.TimerTime);
            return ImportOutcome.Skipped(file.Item.Name, $"cross-training ({sport.Word()}, {time}): not stored yet", session, issues);
        }

        if (read.Metrics.Distance.Meters <= 0 || read.Metrics.TimerTime <= TimeSpan.Zero)
        {
            return ImportOutcome.Skipped(file.Item.Name, "no distance or time was recorded", session, issues);
        }

        if (_knownFiles!.TryGetValue(hash, out var sameSession))
        {
            return new ImportOutcome(file.Item.Name, ImportStatus.Duplicate, $"already imported as run {sameSession}", sameSession, issues, Session: session);
        }

        return await SameRunAsync(owner.Id, read.Activity.StartUtc!.Value, read.Metrics.Distance.Meters, cancellationToken) is { } twin
            ? new ImportOutcome(file.Item.Name, ImportStatus.Duplicate, $"same start and distance as run {twin}", twin, issues, Session: session)
            : null;
    }

    /// <summary>Stores the file's runs in one transaction and fills in their outcomes.</summary>
    private async Task<IReadOnlyList<ImportOutcome>> StoreAsync(
        FileToImport file, List<PendingRun> pending, List<ImportOutcome?> outcomes, CancellationToken cancellationToken)
    {
        if (pending.Count > 0)
        {
            db.Runs.AddRange(pending.Select(p => p.Run));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another import of the same file won the race: report it as the duplicate it is.
                db.ChangeTracker.Clear();
                return [new ImportOutcome(file.Item.Name, ImportStatus.Duplicate, "imported at the same moment by another import")];
            }

            // A run that clearly matches the day's planned session completes it (the same rule as Today and the run form).
            var sessions = new Plans.SessionRuns(db, clock);
            foreach (var p in pending)
            {
                await sessions.LinkAsync(p.Run, cancellationToken);
            }

            db.ChangeTracker.Clear();
        }

        foreach (var (run, index, read) in pending)
        {
            _knownFiles![run.Recording!.Sha256] = run.Id;
            outcomes[index] = new ImportOutcome(
                file.Item.Name, ImportStatus.Imported, Describe(run, read.Check), run.Id, Issues(file.Parsed, read), Session: file.Session(read));
        }

        return [.. outcomes.Select(o => o!)];
    }

    /// <summary>
    /// The hashes of the runner's imported files and the runner's shoes, loaded once per runner, so a batch of many small files
    /// costs no query per file until one is worth storing.
    /// </summary>
    private async Task<Dictionary<string, int>> KnownFilesAsync(string ownerId, CancellationToken cancellationToken)
    {
        if (_knownFiles is null || _knownOwner != ownerId)
        {
            _knownFiles = await db.RunRecordings.AsNoTracking().Where(r => r.OwnerId == ownerId)
                .Select(r => new { r.Sha256, r.RunId }).ToDictionaryAsync(r => r.Sha256.Trim(), r => r.RunId, cancellationToken);
            var shoes = await db.Shoes.AsNoTracking().Where(s => s.OwnerId == ownerId).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
            _shoes = shoes.GroupBy(s => s.Name.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
            _knownOwner = ownerId;
        }

        return _knownFiles;
    }

    private async Task<int?> SameRunAsync(string ownerId, DateTime start, double meters, CancellationToken cancellationToken)
    {
        var from = start - SameStartTolerance;
        var to = start + SameStartTolerance;
        var candidates = await db.Runs.AsNoTracking().OwnedBy(ownerId).Where(r => r.StartUtc >= from && r.StartUtc <= to)
            .Select(r => new { r.Id, r.Distance }).ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(c => Math.Abs(c.Distance.Meters - meters) <= Math.Max(50, meters * SameDistanceTolerance))?.Id;
    }

    /// <summary>The hash a file's later run is stored under: SHA-256 of "file hash#session".</summary>
    private static string SessionHash(string sha, int session) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(FormattableString.Invariant($"{sha}#{session}"))));
}
