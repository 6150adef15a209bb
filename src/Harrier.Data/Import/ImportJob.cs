namespace Harrier.Data.Import;

/// <summary>
/// A browser or API upload imported in the background: its files are kept in <see cref="ImportJobUpload"/> rows (so any web
/// node can run it), and its progress is counted here as each file is done, so a restarted node resumes after the last file
/// counted (<see cref="FilesDone"/>) rather than from the start.
/// </summary>
public sealed class ImportJob
{
    /// <summary>The most per-file results kept for the page (the counts cover every file).</summary>
    public const int MaxResultsKept = 2_000;

    public int Id { get; set; }

    public required string OwnerId { get; set; }

    public ImportJobState State { get; set; }

    /// <summary>The pair the runs were run in, as chosen on upload; null for none.</summary>
    public int? ShoeId { get; set; }

    /// <summary>What was uploaded, for the page: "export.zip" or "3 files".</summary>
    public required string Description { get; set; }

    /// <summary>Files found in the upload (activity files, archives' entries included); null until the job has looked.</summary>
    public int? FilesFound { get; set; }

    /// <summary>Files done so far: the resume point.</summary>
    public int FilesDone { get; set; }

    public int Imported { get; set; }

    public int Duplicates { get; set; }

    public int Skipped { get; set; }

    /// <summary>The per-activity results as JSON (a list of <see cref="ImportJobResult"/>), at most <see cref="MaxResultsKept"/>.</summary>
    public string Results { get; set; } = "[]";

    /// <summary>Set when the runner cancels; the job stops before its next file.</summary>
    public bool CancelRequested { get; set; }

    /// <summary>What stopped a failed job, in plain words.</summary>
    public string? Problem { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? StartedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>True until the job is done, cancelled or failed.</summary>
    public bool IsOpen => State is ImportJobState.Queued or ImportJobState.Running;
}

/// <summary>Where a background import is.</summary>
public enum ImportJobState
{
    /// <summary>Waiting for the runner's earlier import to finish.</summary>
    Queued = 0,

    Running = 1,

    Done = 2,

    Cancelled = 3,

    /// <summary>Stopped by something other than a file (files that cannot be read are skipped, not failures).</summary>
    Failed = 4,
}

/// <summary>One uploaded file (an activity file or a whole archive) of an <see cref="ImportJob"/>, deleted when the job ends.</summary>
public sealed class ImportJobUpload
{
    public int Id { get; set; }

    public int JobId { get; set; }

    /// <summary>The upload's place in the job (0-based), so files are walked in the same order on every run of the job.</summary>
    public int Position { get; set; }

    /// <summary>The sanitised file name.</summary>
    public required string Name { get; set; }

    public required byte[] Content { get; set; }
}
