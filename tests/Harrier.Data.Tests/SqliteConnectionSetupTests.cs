using System.Data.Common;
using System.Globalization;
using Harrier.Tests;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Tests;

public sealed class SqliteConnectionSetupTests
{
    [Fact]
    public async Task EveryConnection_IsWalWithNormalSyncAndABusyTimeout()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var migrated = await database.MigratedContextAsync())
        {
            await AssertSetUpAsync(migrated);
        }

        // A later context gets a connection from the pool, and one opened while the first is still open a new native one.
        await using var pooled = database.NewContext();
        await using var second = database.NewContext();
        await pooled.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await AssertSetUpAsync(pooled);
        await AssertSetUpAsync(second);
    }

    private static async Task AssertSetUpAsync(HarrierDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        var wasOpen = connection.State == System.Data.ConnectionState.Open;
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
        Assert.Equal("1", await PragmaAsync(connection, "synchronous")); // NORMAL
        Assert.Equal(SqliteConnectionSetup.BusyTimeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture), await PragmaAsync(connection, "busy_timeout"));
        if (!wasOpen)
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<string?> PragmaAsync(DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), CultureInfo.InvariantCulture);
    }
}
