using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Harrier.Core.Activities;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Import;
using Harrier.Import.Sources;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Import;

/// <summary>
/// Imports activity files into one runner's log: the one per-file loop the web upload, the API, the CLI and the benchmark share.
/// Each file is one transaction; a bad file is skipped with its reason and never stops the batch; running the same import again
/// finds every finished file as a duplicate and carries on with the rest.
/// </summary>
/// <remarks>
/// <para>A file may hold several activities (a triathlon, two runs): each gets its own outcome. Runs and walks (and activities
/// whose sport cannot be told) become runs, with their metrics computed once (<see cref="RunMetrics"/>) and their heart-rate load
/// from the runner's heart rates; other legs (swim, bike, transition, other sports) are kept as <see cref="CrossTraining"/>,
/// never as running distance; an activity the reader's plausibility check skipped is reported with that reason, and a partial
/// one is stored with what it lacks among its issues.</para>
/// <para>A duplicate is the same file (same SHA-256) or the same activity from another file or source: a start within
/// <see cref="SameStartTolerance"/> and, for a run, a distance within <see cref="SameDistanceTolerance"/> (at least 50 m) of a
/// run already logged; for cross-training, the same sport. The first activity stored from a file keeps the file's hash; a
/// file's later activities store the hash of "file hash#session index", which the unique indexes accept.</para>
/// </remarks>
public sealed partial class ActivityImport(HarrierDbContext db, TimeProvider clock, ImportLimits limits, ImportOptions? options = null)
{
    public static readonly TimeSpan SameStartTolerance = TimeSpan.FromMinutes(2);
    public const double SameDistanceTolerance = 0.03;

    private readonly ImportOptions _options = options ?? ImportOptions.None;
    private Dictionary<string, int?>? _knownFiles;
    private Dictionary<string, int> _shoes = [];
    private string? _knownOwner;

    /// <summary>How many files are read ahead of the one being stored: two per core.</summary>
    private static int ReadAhead => Math.Max(2, 2 * Environment.ProcessorCount);

    /// <summary>
    /// How many of those are read at once: one per core. Reading a file costs about twice what storing it does, so the storing
    /// thread mostly waits for the next file, and its core reads meanwhile (measured: one reader left the store waiting 13 s of 25).
    /// </summary>
    private static int Readers => Environment.ProcessorCount;

    /// <summary>
    /// Imports every item in order, giving each file's outcomes as soon as the file is stored. The work of a file that needs no
    /// database (hashing, parsing, metrics, encoding the streams, compressing the original) runs on the thread pool for up to
    /// <see cref="ReadAhead"/> files ahead, so a large export uses every core; storing stays one file at a time, in order, on this
    /// context. Abandoning the enumeration leaves at most that many reads to finish unobserved.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async IAsyncEnumerable<IReadOnlyList<ImportOutcome>> ImportAllAsync(
        HarrierUser owner, IEnumerable<ImportItem> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(items);

        // The readers see a copy of the hashes known at the start; the live set, which grows as files are stored, decides.
        var known = (await KnownFilesAsync(owner.Id, cancellationToken)).Keys.ToHashSet(StringComparer.Ordinal);
        var ahead = new Queue<Task<ReadItem>>();
        var readers = new SemaphoreSlim(Readers); // not disposed: reads left behind by an abandoned enumeration still release it
        using var enumerator = items.GetEnumerator();
        while (true)
        {
            while (ahead.Count < ReadAhead && enumerator.MoveNext())
            {
                var item = enumerator.Current;
                ahead.Enqueue(Task.Run(
                    async () =>
                    {
                        await readers.WaitAsync(cancellationToken);
                        try
                        {
                            return Read(item, known.Contains, limits, cancellationToken);
                        }
                        finally
                        {
                            readers.Release();
                        }
                    },
                    cancellationToken));
            }

            if (ahead.Count == 0)
            {
                yield break;
            }

            yield return await StoreAsync(owner, await ahead.Dequeue(), cancellationToken);
        }
    }

    /// <summary>Imports one file's bytes (no export details).</summary>
    public Task<IReadOnlyList<ImportOutcome>> ImportAsync(HarrierUser owner, string fileName, byte[] data, CancellationToken cancellationToken) =>
        ImportAsync(owner, ImportItem.Read(fileName, data), cancellationToken);

    /// <summary>Imports one item the source walker found: one outcome per activity, or one for the whole file.</summary>
    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(HarrierUser owner, ImportItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(item);
        var known = await KnownFilesAsync(owner.Id, cancellationToken);
        return await StoreAsync(owner, Read(item, known.ContainsKey, limits, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The part of a file's import that needs no database: its hash, and unless <paramref name="isKnown"/> says the hash is
    /// already imported, the parse, the metrics, each activity's encoded streams and the compressed original. Thread-safe.
    /// </summary>
    private static ReadItem Read(ImportItem item, Func<string, bool> isKnown, ImportLimits limits, CancellationToken cancellationToken)
    {
        if (item.Data is not { } data)
        {
            return new ReadItem(item, null, null, ImportOutcome.Failed(item.Name, item.Problem ?? "the file could not be read"));
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(data));
        if (isKnown(sha))
        {
            return new ReadItem(item, sha, null, null);
        }

        var parsed = ActivityReader.Read(item.Name, data, limits, cancellationToken);
        if (parsed.Error is { } error)
        {
            return new ReadItem(item, sha, null, ImportOutcome.Failed(item.Name, error.Message));
        }

        var streams = parsed.Activities
            .Select(a => a.Check.Status == ActivityStatus.Skipped ? null : StreamCodec.Encode(a.Activity.Samples.Span)).ToArray();
        var fileName = FileToImport.NameOf(item);
        var original = streams.Any(s => s is not null) ? OriginalFile.Store(fileName, data) : null;
        return new ReadItem(item, sha, new FileToImport(item, data, sha, parsed, streams, original), null);
    }

    /// <summary>The database half of a file's import: duplicates by hash and by start, then one transaction for what is new.</summary>
    private async Task<IReadOnlyList<ImportOutcome>> StoreAsync(HarrierUser owner, ReadItem read, CancellationToken cancellationToken)
    {
        if (read.Failure is { } failure)
        {
            return [failure];
        }

        var known = await KnownFilesAsync(owner.Id, cancellationToken);
        if (known.TryGetValue(read.Sha!, out var existing) || read.File is not { } file)
        {
            return [new ImportOutcome(read.Item.Name, ImportStatus.Duplicate, "already imported", existing)];
        }

        var outcomes = new List<ImportOutcome?>();
        var pending = new List<Pending>();
        for (var i = 0; i < file.Parsed.Activities.Count; i++)
        {
            var activity = file.Parsed.Activities[i];
            var hash = pending.Count == 0 ? file.Sha : SessionHash(file.Sha, activity.Session);
            var outcome = await ConsiderAsync(owner, file, activity, hash, cancellationToken);
            if (outcome is null)
            {
                pending.Add(IsCrossTraining(SportOf(activity, file.Item.Details))
                    ? new Pending(null, NewCrossTraining(owner, file, activity, hash), outcomes.Count, activity)
                    : new Pending(NewRun(owner, file, i, hash), null, outcomes.Count, activity));
            }

            outcomes.Add(outcome);
        }

        return await StoreAsync(owner, file, pending, outcomes, cancellationToken);
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
        var crossTraining = IsCrossTraining(sport);
        if (crossTraining ? CrossTrainingTime(read.Metrics) <= TimeSpan.Zero : read.Metrics.Distance.Meters <= 0 || read.Metrics.TimerTime <= TimeSpan.Zero)
        {
            return ImportOutcome.Skipped(file.Item.Name, crossTraining ? "no time was recorded" : "no distance or time was recorded", session, issues);
        }

        if (_knownFiles!.TryGetValue(hash, out var sameSession))
        {
            return new ImportOutcome(file.Item.Name, ImportStatus.Duplicate, "already imported", sameSession, issues, Session: session);
        }

        var start = read.Activity.StartUtc!.Value;
        if (crossTraining)
        {
            return await SameCrossTrainingAsync(owner.Id, start, sport, cancellationToken)
                ? new ImportOutcome(file.Item.Name, ImportStatus.Duplicate, $"the same {sport.Word()} is already in your log", Session: session)
                : null;
        }

        return await SameRunAsync(owner.Id, start, read.Metrics.Distance.Meters, cancellationToken) is { } twin
            ? new ImportOutcome(file.Item.Name, ImportStatus.Duplicate, "a run with the same start and distance is already in your log", twin, issues, Session: session)
            : null;
    }

    /// <summary>Stores the file's runs and cross-training in one transaction and fills in their outcomes.</summary>
    private async Task<IReadOnlyList<ImportOutcome>> StoreAsync(
        HarrierUser owner, FileToImport file, List<Pending> pending, List<ImportOutcome?> outcomes, CancellationToken cancellationToken)
    {
        if (pending.Count > 0)
        {
            db.Runs.AddRange(pending.Select(p => p.Run).OfType<Run>());
            db.CrossTraining.AddRange(pending.Select(p => p.CrossTraining).OfType<CrossTraining>());
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
            foreach (var run in pending.Select(p => p.Run).OfType<Run>())
            {
                await sessions.LinkAsync(run, cancellationToken);
            }

            db.ChangeTracker.Clear();
        }

        foreach (var (run, crossTraining, index, read) in pending)
        {
            var session = file.Session(read);
            if (run is not null)
            {
                _knownFiles![run.Recording!.Sha256] = run.Id;
                outcomes[index] = new ImportOutcome(
                    file.Item.Name, ImportStatus.Imported, Describe(owner, run, read.Check), run.Id, Issues(file.Parsed, read), Session: session);
            }
            else
            {
                _knownFiles![crossTraining!.Sha256] = null;
                outcomes[index] = new ImportOutcome(
                    file.Item.Name, ImportStatus.Imported, Describe(owner, crossTraining), Issues: Issues(file.Parsed, read), Session: session,
                    CrossTraining: true);
            }
        }

        return [.. outcomes.Select(o => o!)];
    }

    /// <summary>
    /// The hashes of the runner's imported files (run id, or null for cross-training) and the runner's shoes, loaded once per
    /// runner, so a batch of many small files costs no query per file until one is worth storing.
    /// </summary>
    private async Task<Dictionary<string, int?>> KnownFilesAsync(string ownerId, CancellationToken cancellationToken)
    {
        if (_knownFiles is null || _knownOwner != ownerId)
        {
            var runs = await db.RunRecordings.AsNoTracking().Where(r => r.OwnerId == ownerId)
                .Select(r => new { r.Sha256, r.RunId }).ToListAsync(cancellationToken);
            var others = await db.CrossTraining.AsNoTracking().Where(c => c.OwnerId == ownerId).Select(c => c.Sha256).ToListAsync(cancellationToken);
            _knownFiles = others.Select(s => (Sha: s.Trim(), Run: (int?)null)).Concat(runs.Select(r => (Sha: r.Sha256.Trim(), Run: (int?)r.RunId)))
                .GroupBy(r => r.Sha).ToDictionary(g => g.Key, g => g.Last().Run);
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

    private Task<bool> SameCrossTrainingAsync(string ownerId, DateTime start, ActivitySport sport, CancellationToken cancellationToken)
    {
        var from = start - SameStartTolerance;
        var to = start + SameStartTolerance;
        return db.CrossTraining.AnyAsync(c => c.OwnerId == ownerId && c.Sport == sport && c.StartUtc >= from && c.StartUtc <= to, cancellationToken);
    }

    /// <summary>The hash a file's later activity is stored under: SHA-256 of "file hash#session".</summary>
    private static string SessionHash(string sha, int session) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(FormattableString.Invariant($"{sha}#{session}"))));

    private static bool IsCrossTraining(ActivitySport sport) =>
        sport is not (ActivitySport.Running or ActivitySport.Walking or ActivitySport.Hiking or ActivitySport.Unknown);

    private static TimeSpan CrossTrainingTime(ActivityMetrics metrics) => metrics.ElapsedTime > TimeSpan.Zero ? metrics.ElapsedTime : metrics.TimerTime;

    /// <summary>"5.00 km on Mon 24 Nov 2026, 06:30", in the runner's unit and zone.</summary>
    private static string Describe(HarrierUser owner, Run run, ActivityCheck check) =>
        run.Distance.Format(owner.DistanceUnit) + " on " + When(owner, run.StartUtc)
        + (check.Status == ActivityStatus.Partial ? " (partial recording)" : "");

    private static string Describe(HarrierUser owner, CrossTraining entry) =>
        $"kept as cross-training ({entry.Sport.Word()}, {DurationText.Format(entry.Duration)}) on {When(owner, entry.StartUtc)}; not counted as running";

    private static string When(HarrierUser owner, DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, owner.TimeZone).ToString("ddd d MMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
