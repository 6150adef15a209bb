namespace Harrier.Core.Runs;

/// <summary>
/// The file a recorded run was imported from, kept apart from <see cref="RunRecording"/> so that pages and queries never read it
/// by accident: it is loaded only to download it or to recompute the metrics when Harrier's formulas change.
/// </summary>
public sealed class RunOriginal
{
    public int RunId { get; set; }

    /// <summary>
    /// The file's bytes: exactly as uploaded when its name ends in ".gz", otherwise gzip-compressed by Harrier (and decompressed
    /// again for a download).
    /// </summary>
    public required byte[] Stored { get; set; }
}
