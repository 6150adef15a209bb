using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Harrier.Data;

/// <summary>Wires <see cref="HarrierDbContext"/> to the configured provider and brings the schema up to date.</summary>
public static class HarrierDatabase
{
    public const string SqliteMigrationsAssembly = "Harrier.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "Harrier.Data.Postgres";

    public static void Configure(DbContextOptionsBuilder builder, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly))
                    .AddInterceptors(SqliteConnectionSetup.Instance);
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly).EnableRetryOnFailure(3));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider.");
        }
    }

    public static IServiceCollection AddHarrierDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddDbContext<HarrierDbContext>(b => Configure(b, settings));
        return services;
    }

    /// <summary>The PostgreSQL advisory-lock key Harrier's migrations run under ("Harrier" in ASCII).</summary>
    public const long MigrationLockKey = 0x486172726965;

    /// <summary>
    /// Creates the data folder (for SQLite) and applies pending migrations (<see cref="SqliteConnectionSetup"/> sets WAL); on
    /// PostgreSQL under an advisory lock, so nodes that start together migrate once.
    /// </summary>
    public static async Task MigrateAsync(HarrierDbContext db, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }
        }

        if (settings.Provider != DatabaseProvider.Postgres)
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        // Web nodes that start together must not both apply the same migration: one session-level advisory lock, held on the
        // connection EF then migrates through, lets the first node migrate while the others wait and then find nothing to do.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            // Npgsql reads the history table and takes "no such table" to mean nothing is applied yet, which EF logs at error level
            // ("Failed executing DbCommand") on every first start; the empty table, made first, keeps that expected miss out of the log.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}
