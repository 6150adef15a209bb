using Harrier.Core;
using Harrier.Core.Activities;
using Harrier.Core.Load;
using Harrier.Core.Runs;
using Harrier.Data.Configurations;
using Harrier.Import;
using Harrier.Import.Sources;

namespace Harrier.Data.Import;

public sealed partial class ActivityImport
{
    private const int MaxIssues = 8000;

    /// <summary>An activity of the file ready to store (a run or cross-training), and where its outcome goes.</summary>
    private sealed record Pending(Run? Run, CrossTraining? CrossTraining, int Index, ReadActivity Read);

    /// <summary>
    /// A file after its reading: a failure to report, a hash already imported (<paramref name="File"/> null), or a file to store.
    /// </summary>
    private sealed record ReadItem(ImportItem Item, string? Sha, FileToImport? File, ImportOutcome? Failure);

    /// <summary>
    /// One file being imported: what the walker found, its hash, what the reader made of it, each activity's encoded streams
    /// (null for one the reader skipped; in the order of the activities) and the original as stored (null when nothing is to be stored).
    /// </summary>
    private sealed record FileToImport(
        ImportItem Item, byte[] Data, string Sha, ActivityParseResult Parsed, IReadOnlyList<byte[]?> Streams, byte[]? StoredOriginal)
    {
        /// <summary>The activity's index when the file holds several; null for a file of one.</summary>
        public int? Session(ReadActivity read) => Parsed.Activities.Count > 1 ? read.Session : null;

        /// <summary>The file's own name (the entry's name inside an archive).</summary>
        public string FileName => NameOf(Item);

        /// <summary>The item's own file name (the entry's name inside an archive).</summary>
        public static string NameOf(ImportItem item) => Path.GetFileName(item.Name[(item.Name.LastIndexOf('!') + 1)..]);
    }

    /// <summary>The sport the file names; when it names none, the one the export's summary gives (Strava's "Activity Type").</summary>
    private static ActivitySport SportOf(ReadActivity read, ExportDetails? details) =>
        read.Activity.Sport == ActivitySport.Unknown && SportNames.Parse(details?.Sport) is var named && named != ActivitySport.Unknown
            ? named
            : read.Activity.Sport;

    /// <summary>The file's issues, then what a partial recording lacks.</summary>
    private static string[] Issues(ActivityParseResult parsed, ReadActivity read) =>
        [.. parsed.Issues.Select(i => i.ToString()), .. read.Check.Missing.Select(m => "Partial recording, missing " + m)];

    private Run NewRun(HarrierUser owner, FileToImport file, int index, string hash)
    {
        var read = file.Parsed.Activities[index];
        var (activity, metrics) = (read.Activity, read.Metrics);
        var now = clock.GetUtcNow().UtcDateTime;
        var samples = activity.Samples.Span;
        var issues = Issues(file.Parsed, read);
        var stored = RunMetrics.From(metrics);
        return new Run
        {
            OwnerId = owner.Id,
            StartUtc = activity.StartUtc!.Value,
            TimeZoneId = TimeZones.Find(owner.TimeZoneId)?.Id ?? TimeZones.Utc,
            Distance = metrics.Distance,
            Duration = metrics.TimerTime,
            Surface = HasPositions(samples) ? Surface.Road : Surface.Treadmill,
            Name = Truncate(file.Item.Details?.Name ?? activity.Name, RunConfiguration.MaxName),
            Notes = Truncate(file.Item.Details?.Description, RunConfiguration.MaxNotes),
            ShoeId = file.Item.Details?.Gear is { } gear && _shoes.TryGetValue(gear.Trim(), out var shoe) ? shoe : _options.ShoeId,
            HeartRateLoad = HeartRateLoad(owner.HeartRateProfile, stored),
            Source = RunSource.Imported,
            CreatedUtc = now,
            UpdatedUtc = now,
            Recording = new RunRecording
            {
                OwnerId = owner.Id,
                FileName = file.FileName,
                Format = activity.Format,
                Sport = SportOf(read, file.Item.Details),
                Sha256 = hash,
                OriginalBytes = file.Data.Length,
                Streams = file.Streams[index] ?? StreamCodec.Encode(samples),
                SampleCount = samples.Length,
                Creator = Truncate(activity.Creator, 200),
                Metrics = stored,
                Issues = issues.Length == 0 ? null : Truncate(string.Join('\n', issues), MaxIssues),
                ImportedUtc = now,
                Original = new RunOriginal { Stored = file.StoredOriginal ?? OriginalFile.Store(file.FileName, file.Data) },
            },
        };
    }

    private CrossTraining NewCrossTraining(HarrierUser owner, FileToImport file, ReadActivity read, string hash) => new()
    {
        OwnerId = owner.Id,
        StartUtc = read.Activity.StartUtc!.Value,
        TimeZoneId = TimeZones.Find(owner.TimeZoneId)?.Id ?? TimeZones.Utc,
        Sport = SportOf(read, file.Item.Details),
        Duration = CrossTrainingTime(read.Metrics),
        Distance = read.Metrics.Distance,
        Name = Truncate(file.Item.Details?.Name ?? read.Activity.Name, RunConfiguration.MaxName),
        AverageHeartRate = read.Metrics.AverageHeartRate,
        FileName = file.FileName,
        Sha256 = hash,
        CreatedUtc = clock.GetUtcNow().UtcDateTime,
    };

    /// <summary>Banister TRIMP of the stored heart rates, when the runner gave both heart rates and the run has heart rate.</summary>
    internal static double? HeartRateLoad(HeartRateProfile? profile, RunMetrics metrics) =>
        profile is not null && !metrics.HeartRate.IsEmpty ? Math.Round(Trimp.Of(metrics.HeartRate, profile), 1) : null;

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

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
}
