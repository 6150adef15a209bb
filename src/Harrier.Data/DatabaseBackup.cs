using Microsoft.Data.Sqlite;

namespace Harrier.Data;

/// <summary>
/// A consistent copy of the SQLite database taken while the web app keeps running (<c>harrier backup</c>), through SQLite's online
/// backup API: one step copies every page from one read snapshot, so writes going on at the time are either wholly in the copy or
/// not at all, and they are never blocked. The copy is checked with <c>PRAGMA integrity_check</c> before it is given its name.
/// </summary>
/// <remarks>
/// To restore: stop the web app, replace <c>harrier.db</c> in the data folder with the copy, delete any <c>harrier.db-wal</c> and
/// <c>harrier.db-shm</c> beside it, and start again. PostgreSQL has its own tools (pg_dump, pg_restore): see the README.
/// </remarks>
public static class DatabaseBackup
{
    /// <summary>What to say when the database is PostgreSQL, where this copy does not apply.</summary>
    public const string PostgresAdvice =
        "The database is PostgreSQL: back it up with PostgreSQL's own tools, e.g. `pg_dump -Fc -f harrier.dump DATABASE`, "
        + "and restore with `pg_restore --clean -d DATABASE harrier.dump` (see the README).";

    /// <summary>Copies the database to <paramref name="destination"/>; returns the copy's size in bytes.</summary>
    /// <exception cref="InvalidOperationException">The database is not SQLite, or the copy failed its integrity check.</exception>
    public static async Task<long> BackUpAsync(DatabaseSettings settings, string destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(PostgresAdvice);
        }

        var target = Path.GetFullPath(destination);
        var partial = target + ".partial";
        File.Delete(partial);
        var sourceFile = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        if (!File.Exists(sourceFile))
        {
            throw new InvalidOperationException($"There is no database at {sourceFile} to back up.");
        }

        await using (var source = new SqliteConnection(new SqliteConnectionStringBuilder(settings.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
        {
            await source.OpenAsync(cancellationToken);
            await copy.OpenAsync(cancellationToken);
            source.BackupDatabase(copy);
            await using var check = copy.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            var result = (string?)await check.ExecuteScalarAsync(cancellationToken);
            if (result != "ok")
            {
                throw new InvalidOperationException($"The copy failed SQLite's integrity check ({result}); nothing was written to {target}.");
            }
        }

        File.Move(partial, target, overwrite: true);
        return new FileInfo(target).Length;
    }
}
