using System.Globalization;
using System.IO.Compression;
using Harrier.Core;
using Harrier.Core.Activities;
using Harrier.Core.Runs;
using Harrier.Import;
using Harrier.Import.Sources;

namespace Harrier.Data.Import;

public sealed partial class ActivityImport
{
    private const int MaxNotes = 4000;
    private const int MaxIssues = 8000;

    /// <summary>A run of the file, ready to store, and where its outcome goes.</summary>
    private sealed record PendingRun(Run Run, int Index, ReadActivity Read);

    /// <summary>One file being imported: what the walker found, its hash and what the reader made of it.</summary>
    private sealed record FileToImport(ImportItem Item, byte[] Data, string Sha, ActivityParseResult Parsed)
    {
        /// <summary>The activity's index when the file holds several; null for a file of one.</summary>
        public int? Session(ReadActivity read) => Parsed.Activities.Count > 1 ? read.Session : null;
    }

    /// <summary>The sport the file names; when it names none, the one the export's summary gives (Strava's "Activity Type").</summary>
    private static ActivitySport SportOf(ReadActivity read, ExportDetails? details) =>
        read.Activity.Sport == ActivitySport.Unknown && SportNames.Parse(details?.Sport) is var named && named != ActivitySport.Unknown
            ? named
            : read.Activity.Sport;

    /// <summary>The file's issues, then what a partial recording lacks.</summary>
    private static string[] Issues(ActivityParseResult parsed, ReadActivity read) =>
        [.. parsed.Issues.Select(i => i.ToString()), .. read.Check.Missing.Select(m => "Partial recording, missing " + m)];

    private Run NewRun(HarrierUser owner, FileToImport file, ReadActivity read, string hash)
    {
        var (activity, metrics) = (read.Activity, read.Metrics);
        var now = clock.GetUtcNow().UtcDateTime;
        var samples = activity.Samples.Span;
        var sport = SportOf(read, file.Item.Details);
        var issues = Issues(file.Parsed, read);
        return new Run
        {
            OwnerId = owner.Id,
            StartUtc = activity.StartUtc!.Value,
            TimeZoneId = TimeZones.Find(owner.TimeZoneId)?.Id ?? TimeZones.Utc,
            Distance = metrics.Distance,
            Duration = metrics.TimerTime,
            Surface = HasPositions(samples) ? Surface.Road : Surface.Treadmill,
            Notes = Notes(file.Item.Details, activity.Name),
            ShoeId = file.Item.Details?.Gear is { } gear && _shoes.TryGetValue(gear.Trim(), out var shoe) ? shoe : null,
            Source = RunSource.Imported,
            CreatedUtc = now,
            UpdatedUtc = now,
            Recording = new RunRecording
            {
                OwnerId = owner.Id,
                FileName = Path.GetFileName(file.Item.Name),
                Format = activity.Format,
                Sport = sport,
                Sha256 = hash,
                OriginalGzip = Gzip(file.Data),
                OriginalBytes = file.Data.Length,
                Streams = StreamCodec.Encode(samples),
                SampleCount = samples.Length,
                Creator = Truncate(activity.Creator, 200),
                ElapsedSeconds = metrics.ElapsedTime.TotalSeconds,
                MovingSeconds = metrics.MovingTime.TotalSeconds,
                AscentMeters = metrics.AscentMeters,
                DescentMeters = metrics.DescentMeters,
                ClimbPerKilometer = metrics.ClimbPerKilometer,
                AverageHeartRate = metrics.AverageHeartRate,
                MaxHeartRate = metrics.MaxHeartRate,
                AverageCadence = sport.IsOnFoot() || sport == ActivitySport.Unknown ? metrics.AverageCadence : null,
                GradeAdjustedSecondsPerKilometer = metrics.GradeAdjustedPace?.SecondsPerKilometer,
                Issues = issues.Length == 0 ? null : Truncate(string.Join('\n', issues), MaxIssues),
                ImportedUtc = now,
            },
        };
    }

    /// <summary>
    /// The run's notes: the export's name on the first line and its description below (until runs have their own title and
    /// description), else the name the file itself carries.
    /// </summary>
    private static string? Notes(ExportDetails? details, string? fileName)
    {
        if (details?.Name is null && details?.Description is null)
        {
            return Truncate(fileName, MaxNotes);
        }

        return Truncate(string.Join('\n', new[] { details.Name, details.Description }.Where(t => t is not null)), MaxNotes);
    }

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

    private static string Describe(Run run, ActivityCheck check) =>
        string.Create(CultureInfo.InvariantCulture, $"{run.Distance.TotalKilometers:F2} km on {run.StartUtc:yyyy-MM-dd HH:mm} UTC")
        + (check.Status == ActivityStatus.Partial ? " (partial recording)" : "");
}
