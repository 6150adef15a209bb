using System.Globalization;
using Harrier.Data.Import;

namespace Harrier.Web.Features.Import;

/// <summary>A background import's progress in plain words.</summary>
public static class ImportJobText
{
    /// <summary>"Importing: 120 of 2,000 files done (…)" or "Done: 1,870 imported, 100 already in your log, 30 skipped".</summary>
    public static string Summary(ImportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var counts = string.Create(CultureInfo.InvariantCulture,
            $"{job.Imported:N0} imported, {job.Duplicates:N0} already in your log, {job.Skipped:N0} skipped");
        var found = job.FilesFound is { } n ? string.Create(CultureInfo.InvariantCulture, $" of {n:N0}") : "";
        return job.State switch
        {
            ImportJobState.Queued => "Waiting to start (your imports run one at a time)",
            ImportJobState.Running when job.CancelRequested => "Stopping after the file in hand",
            ImportJobState.Running => string.Create(CultureInfo.InvariantCulture, $"Importing: {job.FilesDone:N0}{found} files done ({counts})"),
            ImportJobState.Done => "Done: " + counts,
            ImportJobState.Cancelled => string.Create(CultureInfo.InvariantCulture, $"Cancelled after {job.FilesDone:N0}{found} files ({counts})"),
            _ => "Stopped: " + (job.Problem ?? "an unexpected error") + " (" + counts + ")",
        };
    }
}
