using System.IO.Compression;
using System.Security.Cryptography;
using Harrier.Core;
using Harrier.Core.Activities;
using Harrier.Core.Runs;
using Harrier.Import;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Import;

/// <summary>
/// Imports activity files into one runner's log. Each file is one transaction; a bad file is skipped with its reason and never
/// stops the batch; running the same import again finds every finished file as a duplicate and carries on with the rest.
/// </summary>
/// <remarks>
/// A duplicate is the same file (same SHA-256) or the same run from another source: a start within
/// <see cref="SameStartTolerance"/> and a distance within <see cref="SameDistanceTolerance"/> of a run already logged.
/// </remarks>
public sealed class ActivityImport(HarrierDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan SameStartTolerance = TimeSpan.FromMinutes(2);
    public const double SameDistanceTolerance = 0.03;

    public async Task<ImportOutcome> ImportAsync(HarrierUser owner, string fileName, byte[] data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(data);
        var sha = Convert.ToHexStringLower(SHA256.HashData(data));
        var sameFile = await db.RunRecordings.AsNoTracking()
            .Where(r => r.OwnerId == owner.Id && r.Sha256 == sha).Select(r => (int?)r.RunId).FirstOrDefaultAsync(cancellationToken);
        if (sameFile is { } existing)
        {
            return new ImportOutcome(fileName, ImportStatus.Duplicate, $"already imported as run {existing}", existing);
        }

        var parsed = ActivityReader.Read(fileName, data);
        if (parsed.Activity is not { } activity)
        {
            return ImportOutcome.Failed(fileName, parsed.Error?.Message ?? "the file could not be read");
        }

        if (Unsuitable(activity) is { } reason)
        {
            return ImportOutcome.Skipped(fileName, reason);
        }

        var metrics = ActivityMetrics.Compute(activity);
        var issues = parsed.Issues.Select(i => i.ToString()).ToArray();
        if (metrics.Distance.Meters <= 0 || metrics.TimerTime <= TimeSpan.Zero)
        {
            return ImportOutcome.Skipped(fileName, "no distance or time was recorded");
        }

        var start = activity.StartUtc!.Value;
        if (await SameRunAsync(owner.Id, start, metrics.Distance.Meters, cancellationToken) is { } twin)
        {
            return new ImportOutcome(fileName, ImportStatus.Duplicate, $"same start and distance as run {twin}", twin, issues);
        }

        var run = NewRun(owner, fileName, data, sha, activity, metrics, issues);
        db.Runs.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another import of the same file won the race: report it as the duplicate it is.
            db.ChangeTracker.Clear();
            return new ImportOutcome(fileName, ImportStatus.Duplicate, "imported at the same moment by another import");
        }

        // A run that clearly matches the day's planned session completes it (the same rule as Today and the run form).
        await new Plans.SessionRuns(db, clock).LinkAsync(run, cancellationToken);
        db.ChangeTracker.Clear();
        return new ImportOutcome(fileName, ImportStatus.Imported, Describe(run), run.Id, issues);
    }

    private static string? Unsuitable(Activity activity)
    {
        if (activity.Samples.IsEmpty && activity.Sessions.Count == 0)
        {
            return "no recorded activity in this file (settings, workout or other data)";
        }

        if (activity.StartUtc is null)
        {
            return "the file has no times: a planned route or course, not a recorded run";
        }

        return activity.Sport switch
        {
            ActivitySport.Running or ActivitySport.Walking or ActivitySport.Hiking or ActivitySport.Unknown => null,
            var sport => $"not a run or walk ({sport.ToString().ToLowerInvariant()})",
        };
    }

    private async Task<int?> SameRunAsync(string ownerId, DateTime start, double meters, CancellationToken cancellationToken)
    {
        var from = start - SameStartTolerance;
        var to = start + SameStartTolerance;
        var candidates = await db.Runs.AsNoTracking().OwnedBy(ownerId).Where(r => r.StartUtc >= from && r.StartUtc <= to)
            .Select(r => new { r.Id, r.Distance }).ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(c => Math.Abs(c.Distance.Meters - meters) <= Math.Max(50, meters * SameDistanceTolerance))?.Id;
    }

    private Run NewRun(HarrierUser owner, string fileName, byte[] data, string sha, Activity activity, ActivityMetrics metrics, string[] issues)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var samples = activity.Samples.Span;
        return new Run
        {
            OwnerId = owner.Id,
            StartUtc = activity.StartUtc!.Value,
            TimeZoneId = TimeZones.Find(owner.TimeZoneId)?.Id ?? TimeZones.Utc,
            Distance = metrics.Distance,
            Duration = metrics.TimerTime,
            Surface = HasPositions(samples) ? Surface.Road : Surface.Treadmill,
            Notes = activity.Name,
            Source = RunSource.Imported,
            CreatedUtc = now,
            UpdatedUtc = now,
            Recording = new RunRecording
            {
                OwnerId = owner.Id, FileName = Path.GetFileName(fileName), Format = activity.Format, Sport = activity.Sport, Sha256 = sha,
                OriginalGzip = Gzip(data), OriginalBytes = data.Length, Streams = StreamCodec.Encode(samples), SampleCount = samples.Length,
                Creator = activity.Creator, ElapsedSeconds = metrics.ElapsedTime.TotalSeconds, MovingSeconds = metrics.MovingTime.TotalSeconds,
                AscentMeters = metrics.AscentMeters, DescentMeters = metrics.DescentMeters, ClimbPerKilometer = metrics.ClimbPerKilometer,
                AverageHeartRate = metrics.AverageHeartRate, MaxHeartRate = metrics.MaxHeartRate,
                AverageCadence = metrics.CadenceInSteps ? metrics.AverageCadence : null,
                GradeAdjustedSecondsPerKilometer = metrics.GradeAdjustedPace?.SecondsPerKilometer,
                Issues = issues.Length == 0 ? null : string.Join('\n', issues), ImportedUtc = now,
            },
        };
    }

    private static bool HasPositions(ReadOnlySpan<ActivitySample> samples)
    {
        foreach (var s in samples)
        {
            if (s.HasPosition)
            {
                return true;
            }
        }

        return false;
    }

    private static byte[] Gzip(byte[] data)
    {
        if (data.Length >= 2 && data[0] == 0x1F && data[1] == 0x8B)
        {
            return data;
        }

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static string Describe(Run run) =>
        $"{run.Distance.TotalKilometers.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)} km on {run.StartUtc.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC";
}
