using Harrier.Data;
using Harrier.Web.Features.Import;
using Quartz;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// Quartz.NET for work that must run once however many web nodes there are (background imports). On PostgreSQL the job store
/// is Quartz's clustered ADO.NET store in the same database (its tables come with Harrier's migrations), so the nodes share one
/// queue and a node's unfinished job is recovered by another; on SQLite (one node by nature) the store is in memory, and
/// unfinished imports are picked up again at start from Harrier's own tables (<see cref="ImportResume"/>).
/// </summary>
public static class BackgroundJobs
{
    /// <summary>Adds the scheduler, its hosted service and the import queue.</summary>
    public static IServiceCollection AddHarrierBackgroundJobs(this IServiceCollection services, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(pool => pool.MaxConcurrency = 2);
            if (settings.Provider == DatabaseProvider.Postgres)
            {
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(settings.ConnectionString);
                    store.UseSystemTextJsonSerializer();
                    // Quartz creates its own tables the first time (it only ever creates, never alters or drops).
                    store.ProvisionSchema();
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = TimeSpan.FromSeconds(10);
                        cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(30);
                    });
                });
            }
            else
            {
                q.UseInMemoryStore();
            }
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = false);
        services.AddScoped<ImportQueue>();
        services.AddHostedService<ImportResume>();
        return services;
    }
}
