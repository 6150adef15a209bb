using Harrier.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Harrier.Web.Infrastructure;

/// <summary>Healthy when the database answers a query.</summary>
internal sealed class DatabaseHealthCheck(HarrierDbContext db, DatabaseSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = settings.Provider.ToString() };
        try
        {
            // A real query, so a reachable server with a missing schema is not reported healthy.
            await db.Roles.AsNoTracking().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database is reachable.", data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.", data: data);
        }
    }
}
