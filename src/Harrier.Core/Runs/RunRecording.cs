using Harrier.Core.Activities;

namespace Harrier.Core.Runs;

/// <summary>
/// What a run imported from a watch file carries besides its log entry: the recorded streams in compact form, the metrics
/// computed once at import, and (loaded only to download it or to recompute) the original file.
/// </summary>
public sealed class RunRecording
{
    public int RunId { get; set; }

    public required string OwnerId { get; set; }

    /// <summary>The file name as the runner had it (the entry's own name for archive entries), e.g. "steady-run.fit".</summary>
    public required string FileName { get; set; }

    public ActivityFormat Format { get; set; }

    public ActivitySport Sport { get; set; }

    /// <summary>Lower-case hex SHA-256 of the original file, to recognise the same file imported twice.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The original file's size as uploaded, in bytes.</summary>
    public long OriginalBytes { get; set; }

    /// <summary>The samples, encoded by the data layer's stream codec; decoded only to draw charts and the route.</summary>
    public required byte[] Streams { get; set; }

    public int SampleCount { get; set; }

    /// <summary>The device or app that wrote the file, as a person would name it ("Garmin Forerunner 935"), when it says.</summary>
    public string? Creator { get; set; }

    /// <summary>The metrics computed at import (see <see cref="RunMetrics.Version"/> for when they are recomputed).</summary>
    public RunMetrics Metrics { get; set; } = new();

    /// <summary>Problems found in the file that still allowed reading it, one per line.</summary>
    public string? Issues { get; set; }

    public DateTime ImportedUtc { get; set; }

    /// <summary>The original file; not loaded with the recording (see <see cref="RunOriginal"/>).</summary>
    public RunOriginal? Original { get; set; }
}
