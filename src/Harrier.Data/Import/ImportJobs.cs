using System.Text.Json;
using Harrier.Import.Sources;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Import;

/// <summary>
/// Background imports: the one place that queues an upload, runs a runner's queued imports in order, reports progress and
/// cancels. The web page and the API both queue through <see cref="QueueAsync"/>; the scheduler (Quartz, one job per runner,
/// never two at once for a runner, clustered on PostgreSQL) calls <see cref="RunQueuedAsync"/>. The CLI imports directly.
/// </summary>
/// <remarks>
/// Each file is imported through <see cref="ActivityImport"/>, the same path as a direct import, and the job's counts are saved
/// after every file, so a run stopped by a restart resumes after the last file counted. A file imported just before a crash and
/// before its count was saved is recognised as already imported (by its content hash) when the job resumes: never stored twice.
/// </remarks>
public sealed class ImportJobs(HarrierDbContext db, TimeProvider clock, ImportLimits limits)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Keeps <paramref name="files"/> (name and bytes, in order) as a new queued job for <paramref name="owner"/>; null with the
    /// problem when the options are not the runner's to use or nothing was sent.
    /// </summary>
    public async Task<(ImportJob? Job, string? Problem)> QueueAsync(
        HarrierUser owner, IReadOnlyList<(string Name, byte[] Content)> files, ImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        if (files.Count == 0)
        {
            return (null, "Choose at least one file or archive.");
        }

        if (await options.ProblemAsync(db, owner.Id, cancellationToken) is { } problem)
        {
            return (null, problem);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var job = new ImportJob
        {
            OwnerId = owner.Id, State = ImportJobState.Queued, ShoeId = options.ShoeId, CreatedUtc = now, UpdatedUtc = now,
            Description = files.Count == 1 ? files[0].Name : $"{files.Count} files",
        };
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < files.Count; i++)
        {
            db.ImportJobUploads.Add(new ImportJobUpload { JobId = job.Id, Position = i, Name = files[i].Name, Content = files[i].Content });
        }

        await db.SaveChangesAsync(cancellationToken);
        return (job, null);
    }

    /// <summary>The runner's job <paramref name="id"/>, or null when there is none of theirs.</summary>
    public Task<ImportJob?> GetAsync(string ownerId, int id, CancellationToken cancellationToken) =>
        db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.OwnerId == ownerId, cancellationToken);

    /// <summary>The runner's latest <paramref name="take"/> jobs, newest first.</summary>
    public async Task<IReadOnlyList<ImportJob>> ListAsync(string ownerId, int take, CancellationToken cancellationToken) =>
        await db.ImportJobs.AsNoTracking().Where(j => j.OwnerId == ownerId).OrderByDescending(j => j.Id).Take(take).ToListAsync(cancellationToken);

    /// <summary>
    /// Asks the runner's open job to stop: a queued job ends at once, a running one before its next file (what it imported
    /// stays). False when the job is not theirs; true (and nothing changes) when it had already ended.
    /// </summary>
    public async Task<bool> CancelAsync(string ownerId, int id, CancellationToken cancellationToken)
    {
        var job = await db.ImportJobs.FirstOrDefaultAsync(j => j.Id == id && j.OwnerId == ownerId, cancellationToken);
        if (job is null)
        {
            return false;
        }

        if (job.IsOpen)
        {
            job.CancelRequested = true;
            job.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
            if (job.State == ImportJobState.Queued)
            {
                await EndAsync(job, ImportJobState.Cancelled, null, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>The runners with a job queued or running: the scheduler's work after a restart.</summary>
    public async Task<IReadOnlyList<string>> OwnersWithOpenJobsAsync(CancellationToken cancellationToken) =>
        await db.ImportJobs.AsNoTracking().Where(j => j.State == ImportJobState.Queued || j.State == ImportJobState.Running)
            .Select(j => j.OwnerId).Distinct().ToListAsync(cancellationToken);

    /// <summary>Runs the runner's open jobs, oldest first, until none is left. The caller makes sure only one runs per runner.</summary>
    public async Task RunQueuedAsync(string ownerId, CancellationToken cancellationToken)
    {
        while (await db.ImportJobs.AsNoTracking().Where(j => j.OwnerId == ownerId && (j.State == ImportJobState.Queued || j.State == ImportJobState.Running))
                   .OrderBy(j => j.Id).FirstOrDefaultAsync(cancellationToken) is { } job)
        {
            await RunAsync(job, cancellationToken);
        }
    }

    /// <summary>Ends the runner's running job as failed with <paramref name="problem"/> (after an unexpected error), so the queue moves on.</summary>
    public async Task FailOpenAsync(string ownerId, string problem, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        if (await db.ImportJobs.Where(j => j.OwnerId == ownerId && j.State == ImportJobState.Running).OrderBy(j => j.Id)
                .FirstOrDefaultAsync(cancellationToken) is { } job)
        {
            await EndAsync(job, ImportJobState.Failed, problem, cancellationToken);
        }
    }

    private async Task RunAsync(ImportJob job, CancellationToken cancellationToken)
    {
        var owner = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == job.OwnerId, cancellationToken);
        if (owner is null || job.CancelRequested)
        {
            await EndAsync(job, ImportJobState.Cancelled, null, cancellationToken);
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        job.State = ImportJobState.Running;
        job.StartedUtc ??= now;
        job.UpdatedUtc = now;
        await SaveAsync(job, cancellationToken);

        var uploads = await db.ImportJobUploads.AsNoTracking().Where(u => u.JobId == job.Id).OrderBy(u => u.Position)
            .Select(u => new { u.Name, u.Content }).ToListAsync(cancellationToken);
        var sources = uploads.Select(u => new ImportUpload(u.Name, u.Content.Length, () => new MemoryStream(u.Content, writable: false))).ToList();
        if (job.FilesFound is null)
        {
            job.FilesFound = new ImportSource(limits).Enumerate(sources, cancellationToken).Count();
            await SaveAsync(job, cancellationToken);
        }

        var results = JsonSerializer.Deserialize<List<ImportJobResult>>(job.Results, Json) ?? [];
        var import = new ActivityImport(db, clock, limits, new ImportOptions(job.ShoeId));
        if (await CancelRequestedAsync(job.Id, cancellationToken))
        {
            await EndAsync(job, ImportJobState.Cancelled, null, cancellationToken);
            return;
        }

        var items = new ImportSource(limits).Enumerate(sources, cancellationToken).Skip(job.FilesDone);
        var resultsSaved = results.Count;
        await foreach (var outcomes in import.ImportAllAsync(owner, items, cancellationToken))
        {
            job.FilesDone++;
            job.Imported += outcomes.Count(o => o.Status == ImportStatus.Imported);
            job.Duplicates += outcomes.Count(o => o.Status == ImportStatus.Duplicate);
            job.Skipped += outcomes.Count(o => o.Status == ImportStatus.Skipped);
            results.AddRange(outcomes.Take(Math.Max(0, ImportJob.MaxResultsKept - results.Count)).Select(ImportJobResult.From));
            job.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
            if (results.Count != resultsSaved && (results.Count <= ResultsSavedEveryFile || job.FilesDone % ResultsSavedEvery == 0))
            {
                job.Results = JsonSerializer.Serialize(results, Json);
                resultsSaved = results.Count;
                await SaveAsync(job, cancellationToken);
            }
            else
            {
                await SaveCountsAsync(job, cancellationToken);
            }

            if (await CancelRequestedAsync(job.Id, cancellationToken))
            {
                job.Results = JsonSerializer.Serialize(results, Json);
                await EndAsync(job, ImportJobState.Cancelled, null, cancellationToken);
                return;
            }
        }

        job.Results = JsonSerializer.Serialize(results, Json);
        await EndAsync(job, ImportJobState.Done, null, cancellationToken);
    }

    /// <summary>
    /// The per-file results are written with every file for the first <see cref="ResultsSavedEveryFile"/>, then with every
    /// <see cref="ResultsSavedEvery"/>th file and at the end: rewriting a list of up to 2,000 results after each of 2,000 files
    /// wrote hundreds of megabytes. The counts are written after every file, so a resumed job counts right; it may lack the
    /// result lines of the last few files before the interruption.
    /// </summary>
    private const int ResultsSavedEveryFile = 100, ResultsSavedEvery = 25;

    private Task<bool> CancelRequestedAsync(int id, CancellationToken cancellationToken) =>
        db.ImportJobs.AsNoTracking().Where(j => j.Id == id).Select(j => j.CancelRequested).FirstAsync(cancellationToken);

    private async Task EndAsync(ImportJob job, ImportJobState state, string? problem, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        job.State = state;
        job.Problem = problem;
        job.FinishedUtc = now;
        job.UpdatedUtc = now;
        await SaveAsync(job, cancellationToken);
        await db.ImportJobUploads.Where(u => u.JobId == job.Id).ExecuteDeleteAsync(cancellationToken);
    }

    // Progress is written field by field, never through the change tracker: the import clears the tracker between files, and a
    // cancel request written meanwhile by another request must not be overwritten.
    private Task<int> SaveCountsAsync(ImportJob job, CancellationToken cancellationToken) =>
        db.ImportJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.FilesDone, job.FilesDone).SetProperty(j => j.Imported, job.Imported).SetProperty(j => j.Duplicates, job.Duplicates)
            .SetProperty(j => j.Skipped, job.Skipped).SetProperty(j => j.UpdatedUtc, job.UpdatedUtc), cancellationToken);

    private Task<int> SaveAsync(ImportJob job, CancellationToken cancellationToken) =>
        db.ImportJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, job.State).SetProperty(j => j.FilesFound, job.FilesFound).SetProperty(j => j.FilesDone, job.FilesDone)
            .SetProperty(j => j.Imported, job.Imported).SetProperty(j => j.Duplicates, job.Duplicates).SetProperty(j => j.Skipped, job.Skipped)
            .SetProperty(j => j.Results, job.Results).SetProperty(j => j.Problem, job.Problem).SetProperty(j => j.StartedUtc, job.StartedUtc)
            .SetProperty(j => j.FinishedUtc, job.FinishedUtc).SetProperty(j => j.UpdatedUtc, job.UpdatedUtc), cancellationToken);

    /// <summary>The per-activity results kept with a job.</summary>
    public static IReadOnlyList<ImportJobResult> ResultsOf(ImportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return JsonSerializer.Deserialize<List<ImportJobResult>>(job.Results, Json) ?? [];
    }
}

/// <summary>One activity's result in a background import, as kept with the job (the fields of <see cref="ImportOutcome"/>).</summary>
public sealed record ImportJobResult(
    string File, int? Session, ImportStatus Status, string Message, int? RunId, bool CrossTraining, bool Unreadable, IReadOnlyList<string> Issues)
{
    public static ImportJobResult From(ImportOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.File, o.Session, o.Status, o.Message, o.RunId, o.CrossTraining, o.Unreadable, o.Issues ?? []);
    }

    /// <summary>Back to the outcome the import page shows.</summary>
    public ImportOutcome ToOutcome() => new(File, Status, Message, RunId, Issues, Unreadable, Session, CrossTraining);
}
