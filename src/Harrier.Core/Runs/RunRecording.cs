using Harrier.Core.Activities;

namespace Harrier.Core.Runs;

/// <summary>
/// What a run imported from a watch file carries besides its log entry: the original file (so metrics can be recomputed when
/// Harrier's formulas improve), the recorded streams in compact form, and the metrics computed at import.
/// </summary>
public sealed class RunRecording
{
    public int RunId { get; set; }

    public required string OwnerId { get; set; }

    /// <summary>The file name as the runner had it (the path inside an archive for archive entries).</summary>
    public required string FileName { get; set; }

    public ActivityFormat Format { get; set; }

    public ActivitySport Sport { get; set; }

    /// <summary>Lower-case hex SHA-256 of the original file, to recognise the same file imported twice.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The original file, gzip-compressed.</summary>
    public required byte[] OriginalGzip { get; set; }

    public long OriginalBytes { get; set; }

    /// <summary>The samples, encoded by the data layer's stream codec.</summary>
    public required byte[] Streams { get; set; }

    public int SampleCount { get; set; }

    /// <summary>The device or app that wrote the file, when it says.</summary>
    public string? Creator { get; set; }

    public double ElapsedSeconds { get; set; }

    public double MovingSeconds { get; set; }

    public double AscentMeters { get; set; }

    public double DescentMeters { get; set; }

    /// <summary>Metres climbed per kilometre: the run's hilliness.</summary>
    public double ClimbPerKilometer { get; set; }

    public double? AverageHeartRate { get; set; }

    public double? MaxHeartRate { get; set; }

    /// <summary>Steps per minute.</summary>
    public double? AverageCadence { get; set; }

    public double? GradeAdjustedSecondsPerKilometer { get; set; }

    /// <summary>Problems found in the file that still allowed reading it, one per line.</summary>
    public string? Issues { get; set; }

    public DateTime ImportedUtc { get; set; }
}
