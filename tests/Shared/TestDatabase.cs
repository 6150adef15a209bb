using Harrier.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Harrier.Tests;

/// <summary>A fresh, empty database for one test or fixture: a temporary SQLite file, or a new database on the test PostgreSQL server.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresName;

    private TestDatabase(DatabaseSettings settings, string? postgresName)
    {
        Settings = settings;
        _postgresName = postgresName;
    }

    public DatabaseSettings Settings { get; }

    public DatabaseProvider Provider => Settings.Provider;

    public string DataDirectory => Settings.DataDirectory;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var dir = Directory.CreateTempSubdirectory("harrier-test-").FullName;
        if (provider == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(new DatabaseSettings(provider, $"Data Source={Path.Combine(dir, "harrier.db")}", dir), null);
        }

        TestEnvironment.Need(TestEnvironment.PostgresConnectionString is not null, "PostgreSQL (HARRIER_TEST_POSTGRES)");
        var name = "harrier_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var cs = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = name, Pooling = false }.ToString();
        return new TestDatabase(new DatabaseSettings(provider, cs, dir), name);
    }

    public HarrierDbContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<HarrierDbContext>();
        HarrierDatabase.Configure(builder, Settings);
        return new HarrierDbContext(builder.Options);
    }

    public async Task<HarrierDbContext> MigratedContextAsync()
    {
        var db = NewContext();
        await HarrierDatabase.MigrateAsync(db, Settings, CancellationToken.None);
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_postgresName is not null)
        {
            await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(Settings.DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown; the temp folder is cleaned by the OS.
        }
    }
}
