using Harrier.Data;
using Harrier.Data.Import;
using Quartz;

namespace Harrier.Web.Features.Import;

/// <summary>
/// Queues uploads as background imports (<see cref="ImportJobs"/>) and wakes the runner's import job on the scheduler: one
/// durable Quartz job per runner, so a runner's imports run one at a time and different runners' side by side.
/// </summary>
public sealed class ImportQueue(ImportJobs jobs, ISchedulerFactory schedulers, Harrier.Import.Sources.ImportLimits limits)
{
    /// <summary>Keeps the uploaded files as a job and starts it (or leaves it queued behind the runner's running import).</summary>
    public async Task<(ImportJob? Job, string? Problem)> QueueAsync(
        HarrierUser owner, IReadOnlyList<IFormFile> files, ImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(files);
        var read = new List<(string Name, byte[] Content)>();
        foreach (var file in files)
        {
            if (file.Length > limits.MaxUploadBytes)
            {
                return (null, $"{UploadImport.SafeName(file.FileName)} is larger than this server accepts ({limits.MaxUploadBytes / 1_048_576} MB).");
            }

            using var buffer = new MemoryStream((int)file.Length);
            await using (var stream = file.OpenReadStream())
            {
                await stream.CopyToAsync(buffer, cancellationToken);
            }

            read.Add((UploadImport.SafeName(file.FileName), buffer.ToArray()));
        }

        var (job, problem) = await jobs.QueueAsync(owner, read, options, cancellationToken);
        if (job is not null)
        {
            await WakeAsync(schedulers, owner.Id, cancellationToken);
        }

        return (job, problem);
    }

    /// <summary>Starts the runner's import job now, or right after the one running.</summary>
    public static async Task WakeAsync(ISchedulerFactory schedulers, string ownerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedulers);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = ImportQueueJob.KeyFor(ownerId);
        var job = JobBuilder.Create<ImportQueueJob>().WithIdentity(key).StoreDurably().RequestRecovery().Build();
        await scheduler.AddJob(job, AddJobOptions.ReplacingAndStoringNonDurable, cancellationToken);
        await scheduler.TriggerJob(key, null!, cancellationToken);
    }
}

/// <summary>
/// The scheduler's job for one runner: imports everything the runner has queued, oldest first. Never runs twice at once for a
/// runner (on any node); recovered on another node when the node running it stops.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ImportQueueJob(ImportJobs jobs, ILogger<ImportQueueJob> logger) : IJob
{
    public static JobKey KeyFor(string ownerId) => new(ownerId, "imports");

    /// <summary>The job's key names the runner: one job per runner.</summary>
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ownerId = context.JobDetail.Key.Name;
        try
        {
            await jobs.RunQueuedAsync(ownerId, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The node is stopping: the job stays running in the database and resumes after its last counted file.
        }
        catch (Exception e)
        {
            logger.LogError(e, "A background import for {Owner} stopped on an unexpected error.", ownerId);
            await jobs.FailOpenAsync(ownerId, "The import stopped on an unexpected error. What it imported is kept; upload the rest again.", CancellationToken.None);
        }
    }
}

/// <summary>At start, wakes the import job of every runner with an import queued or interrupted (a restart, a crash).</summary>
public sealed class ImportResume(IServiceScopeFactory scopes, ISchedulerFactory schedulers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var owners = await scope.ServiceProvider.GetRequiredService<ImportJobs>().OwnersWithOpenJobsAsync(cancellationToken);
        foreach (var owner in owners)
        {
            await ImportQueue.WakeAsync(schedulers, owner, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
