using System.Text.Json;
using System.Text.Json.Nodes;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Cli.Tests.Ownership;

public sealed class OwnershipCommandsTests
{
    private static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    [Fact]
    public async Task ExportThenImportAccount_IntoAnotherServer_GivesTheSameLog()
    {
        await using var from = await CliRun.CreateAsync("ana@example.com");
        await from.RunAsync("runs", "add", "--user", "ana@example.com", "--date", "2026-11-20", "--time", "06:30", "--distance", "5", "--duration", "31:00",
            "--rpe", "4", "--notes", "windy");
        Assert.Equal(0, (await from.RunAsync("import", "--user", "ana@example.com", TestData("steady-run.fit"))).ExitCode);
        var zip = Path.Combine(from.Database.DataDirectory, "ana.zip");
        await using var to = await CliRun.CreateAsync("ana@new.example");

        var (exportCode, exportOutput) = await from.RunAsync("export", "ana@example.com", "-o", zip);
        var (importCode, importOutput) = await to.RunAsync("import-account", zip, "--user", "ana@new.example", "--json");

        Assert.Equal(0, exportCode);
        Assert.Contains("Wrote everything Harrier holds about ana@example.com", exportOutput, StringComparison.Ordinal);
        Assert.Equal(0, importCode);
        var counts = JsonDocument.Parse(importOutput).RootElement;
        Assert.Equal(2, counts.GetProperty("runs").GetInt32());
        Assert.Equal(1, counts.GetProperty("recordings").GetInt32());
        Assert.Equal(await LogAsync(from, "ana@example.com"), await LogAsync(to, "ana@new.example"));
        Assert.Equal((await from.RunAsync("runs", "bests", "--user", "ana@example.com")).Output, (await to.RunAsync("runs", "bests", "--user", "ana@new.example")).Output);
    }

    [Fact]
    public async Task ImportAccount_DamagedFile_ExitsTwoAndStoresNothing()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");
        var file = Path.Combine(cli.Database.DataDirectory, "broken.zip");
        await File.WriteAllBytesAsync(file, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);

        var (code, output) = await cli.RunAsync("import-account", file, "--user", "ana@example.com");

        Assert.Equal(2, code);
        Assert.Contains("Nothing was imported: This is not a readable zip file", output, StringComparison.Ordinal);
        await using var db = cli.Database.NewContext();
        Assert.Empty(await db.Runs.ToListAsync());
    }

    [Fact]
    public async Task ImportAccount_AccountWithRuns_ExitsOne()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");
        await cli.RunAsync("runs", "add", "--user", "ana@example.com", "--distance", "5", "--duration", "30:00", "--rpe", "4");
        var zip = Path.Combine(cli.Database.DataDirectory, "ana.zip");
        await cli.RunAsync("export", "ana@example.com", "-o", zip);

        var (code, output) = await cli.RunAsync("import-account", zip, "--user", "ana@example.com");

        Assert.Equal(1, code);
        Assert.Contains("already holds runs", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersDelete_OnlyWithYes_DeletesTheAccountAndItsRuns()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com", "bo@example.com");
        await cli.RunAsync("runs", "add", "--user", "ana@example.com", "--distance", "5", "--duration", "30:00", "--rpe", "4");
        await cli.RunAsync("runs", "add", "--user", "bo@example.com", "--distance", "3", "--duration", "20:00", "--rpe", "3");

        var (askCode, askOutput) = await cli.RunAsync("users", "delete", "ana@example.com");
        var (code, output) = await cli.RunAsync("users", "delete", "ana@example.com", "--yes");
        var (againCode, againOutput) = await cli.RunAsync("users", "delete", "ana@example.com", "--yes");

        Assert.Equal(1, askCode);
        Assert.Contains("Run again with --yes", askOutput, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Contains("Deleted ana@example.com", output, StringComparison.Ordinal);
        Assert.Equal(1, againCode);
        Assert.Contains("No account with the email ana@example.com", againOutput, StringComparison.Ordinal);
        await using var db = cli.Database.NewContext();
        Assert.Equal("bo@example.com", (await db.Users.SingleAsync()).Email);
        Assert.Single(await db.Runs.ToListAsync());
    }

    [Fact]
    public async Task Backup_WhileRunsAreWritten_GivesAnIntactCopyThatRestores()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");
        await using (var db = cli.Database.NewContext())
        {
            var ana = await db.Users.SingleAsync();
            for (var i = 0; i < 200; i++)
            {
                db.Runs.Add(NewRun(ana.Id, i));
            }

            await db.SaveChangesAsync();
        }

        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() => WriteRunsAsync(cli, stop.Token));
        await Task.Delay(200);
        var copy = Path.Combine(cli.Database.DataDirectory, "copy.db");
        var (code, output) = await cli.RunAsync("backup", copy);
        await stop.CancelAsync();
        var written = await writer;

        Assert.Equal(0, code);
        Assert.Contains("integrity check ok", output, StringComparison.Ordinal);
        Assert.True(written > 0, "the writer saved runs while the backup ran");
        await using var restored = await CliRun.CreateAsync();
        SqliteConnection.ClearAllPools();
        var restoredFile = Path.Combine(restored.Database.DataDirectory, "harrier.db");
        foreach (var stale in new[] { restoredFile, restoredFile + "-wal", restoredFile + "-shm" })
        {
            File.Delete(stale);
        }

        File.Copy(copy, restoredFile);
        await using var check = new SqliteConnection($"Data Source={restoredFile};Pooling=False");
        await check.OpenAsync();
        await using var command = check.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        Assert.Equal("ok", await command.ExecuteScalarAsync());
        command.CommandText = "SELECT COUNT(*) FROM runs;";
        var runs = (long)(await command.ExecuteScalarAsync())!;
        Assert.InRange(runs, 200, 200 + written);
        var (listCode, list) = await restored.RunAsync("runs", "list", "--user", "ana@example.com", "--json", "--limit", "500");
        Assert.Equal(0, listCode);
        Assert.Equal(runs, JsonDocument.Parse(list).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Backup_ExistingFile_RefusesWithoutOverwrite()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");
        var copy = Path.Combine(cli.Database.DataDirectory, "copy.db");
        await File.WriteAllTextAsync(copy, "keep me");

        var (code, output) = await cli.RunAsync("backup", copy);
        var (again, _) = await cli.RunAsync("backup", copy, "--overwrite");

        Assert.Equal(1, code);
        Assert.Contains("add --overwrite", output, StringComparison.Ordinal);
        Assert.Equal(0, again);
    }

    [Fact]
    public async Task Backup_OnPostgres_SaysToUsePgDump()
    {
        await using var cli = await CliRun.CreateAsync();
        await File.WriteAllTextAsync(Path.Combine(cli.Database.DataDirectory, "harrier.json"),
            """{ "Database": { "Provider": "Postgres" }, "ConnectionStrings": { "Harrier": "Host=db.invalid;Database=harrier" } }""");

        var (code, output) = await cli.RunAsync("backup", "copy.db");

        Assert.Equal(1, code);
        Assert.Contains("The database is PostgreSQL: back it up with PostgreSQL's own tools", output, StringComparison.Ordinal);
        Assert.Contains("pg_dump", output, StringComparison.Ordinal);
    }

    private static Run NewRun(string ownerId, int i) => new()
    {
        OwnerId = ownerId, StartUtc = new DateTime(2026, 1, 1, 6, 0, 0, DateTimeKind.Utc).AddHours(i), TimeZoneId = "Europe/London",
        Distance = Distance.FromKilometers(5), Duration = TimeSpan.FromMinutes(30), Source = RunSource.Manual,
        CreatedUtc = CliRun.Now.UtcDateTime, UpdatedUtc = CliRun.Now.UtcDateTime,
    };

    /// <summary>Saves one run at a time, as the web app would, until stopped; returns how many it saved.</summary>
    private static async Task<int> WriteRunsAsync(CliRun cli, CancellationToken stop)
    {
        var written = 0;
        await using var db = cli.Database.NewContext();
        var ana = await db.Users.SingleAsync(CancellationToken.None);
        while (!stop.IsCancellationRequested)
        {
            db.Runs.Add(NewRun(ana.Id, 1000 + written));
            await db.SaveChangesAsync(CancellationToken.None);
            written++;
        }

        return written;
    }

    /// <summary>The runner's log as the CLI lists it, without ids (an import gives new ones).</summary>
    private static async Task<string> LogAsync(CliRun cli, string email)
    {
        var (code, output) = await cli.RunAsync("runs", "list", "--user", email, "--json");
        Assert.Equal(0, code);
        var runs = JsonNode.Parse(output)!.AsArray();
        foreach (var run in runs)
        {
            run!.AsObject().Remove("id");
        }

        return runs.ToJsonString();
    }
}
