using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Harrier.Data;

/// <summary>
/// The one place a SQLite connection is configured: write-ahead log, <c>synchronous=NORMAL</c> and a busy timeout, set on each
/// connection as it opens (once per native connection: pooled connections keep them).
/// </summary>
/// <remarks>
/// <para>WAL lets readers carry on while one writer commits, so the web app and the CLI can share the file.</para>
/// <para>
/// Durability: in WAL mode <c>synchronous=NORMAL</c> syncs at checkpoints rather than at every commit. A power cut or an
/// operating-system crash may lose the last commits; it never corrupts the file, and a crash of Harrier alone loses nothing.
/// We accept that for a training log: a commit that waits for a full sync made writes wait hundreds of milliseconds under load.
/// </para>
/// <para>
/// Busy timeout: a writer that finds the file locked is retried by SQLite itself, in steps of a few milliseconds, for up to
/// <see cref="BusyTimeout"/>. Without it Microsoft.Data.Sqlite retries by sleeping 150 ms at a time, the long tails under load.
/// </para>
/// </remarks>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    /// <summary>How long a statement waits for another connection's write lock before it fails as busy.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);

    private static readonly string Pragmas =
        FormattableString.Invariant($"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={BusyTimeout.TotalMilliseconds:0};");

    /// <summary>Native connections already set up; a pooled connection keeps its native one, and so its settings.</summary>
    private static readonly ConditionalWeakTable<object, object> Configured = [];

    private SqliteConnectionSetup()
    {
    }

    public static SqliteConnectionSetup Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Needs(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            Remember(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Needs(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Remember(connection);
        }
    }

    private static bool Needs(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !Configured.TryGetValue(handle, out _);

    private static void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Configured.AddOrUpdate(handle, Instance);
        }
    }
}
