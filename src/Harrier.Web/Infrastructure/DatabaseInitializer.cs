using Harrier.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Infrastructure;

/// <summary>Brings the schema up to date, creates the roles and, with the demo switch, the demo accounts, before the server listens.</summary>
internal sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    DatabaseSettings settings,
    IConfiguration configuration,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HarrierDbContext>();
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Database: {Provider} ({Location})", settings.Provider, Describe(settings));
        }
        await HarrierDatabase.MigrateAsync(db, settings, cancellationToken);

        // Nodes starting together may both find a role missing: the insert ignores the one that lost the race (the unique
        // role-name index decides), instead of failing that node's start.
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var (id, name, normalized, stamp) = (Guid.NewGuid().ToString(), role, roles.NormalizeKey(role), Guid.NewGuid().ToString());
                _ = settings.Provider == DatabaseProvider.Postgres
                    ? await db.Database.ExecuteSqlAsync($"""INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp") VALUES ({id}, {name}, {normalized}, {stamp}) ON CONFLICT DO NOTHING""", cancellationToken)
                    : await db.Database.ExecuteSqlAsync($"""INSERT OR IGNORE INTO "AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp") VALUES ({id}, {name}, {normalized}, {stamp})""", cancellationToken);
            }
        }

        if (configuration.GetValue<bool>("Demo:Enabled"))
        {
            var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
            await demo.EnsureAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string Describe(DatabaseSettings settings) => settings.Provider == DatabaseProvider.Sqlite
        ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource
        : new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString) { Password = null }.ToString();
}
