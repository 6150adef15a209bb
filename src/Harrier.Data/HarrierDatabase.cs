using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>Creates the data folder (for SQLite) and applies pending migrations; <see cref="SqliteConnectionSetup"/> sets WAL.</summary>
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

        await db.Database.MigrateAsync(cancellationToken);
    }
}
