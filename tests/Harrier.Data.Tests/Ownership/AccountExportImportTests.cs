using System.Text.Json.Nodes;
using Harrier.Data.Import;
using Harrier.Data.Ownership;
using Harrier.Import.Sources;
using Harrier.Tests;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Tests.Ownership;

public sealed class AccountExportImportTests
{
    private static readonly Lazy<Task<byte[]>> AnasExport = new(async () =>
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await database.MigratedContextAsync();
        var world = await OwnerWorld.SeedAsync(db);
        return await ExportZip.ExportAsync(db, world.Ana.Id);
    });

    public static TheoryData<DatabaseProvider, DatabaseProvider> Pairs => new()
    {
        { DatabaseProvider.Sqlite, DatabaseProvider.Postgres },
        { DatabaseProvider.Postgres, DatabaseProvider.Sqlite },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task ExportThenImport_IntoANewAccount_KeepsEveryRecord(DatabaseProvider from, DatabaseProvider to)
    {
        await using var source = await TestDatabase.CreateAsync(from);
        await using var sourceDb = await source.MigratedContextAsync();
        var world = await OwnerWorld.SeedAsync(sourceDb);
        var exported = await ExportZip.ExportAsync(sourceDb, world.Ana.Id);
        await using var target = await TestDatabase.CreateAsync(to);
        await using var targetDb = await target.MigratedContextAsync();
        var ana = OwnerWorld.NewUser("ana@new.example");
        targetDb.Users.Add(ana);
        await targetDb.SaveChangesAsync();

        var result = await new AccountImport(targetDb, ImportLimits.Default).ImportAsync(ana.Id, new MemoryStream(exported), CancellationToken.None);

        Assert.Null(result.Problem);
        Assert.Equal(new AccountImportCounts(2, 4, 3, 1, 2, 3, 1, 1, 1, 1, 1, 1, 1), result.Counts);
        await using var read = target.NewContext();
        var reexported = await ExportZip.ExportAsync(read, ana.Id);
        Assert.Equal(ExportZip.Canonical(exported), ExportZip.Canonical(reexported));
        var original = await read.RunRecordings.Where(r => r.FileName == "steady-run.fit").Select(r => r.Original!.Stored).SingleAsync();
        Assert.Equal(OwnerWorld.TestFile("steady-run.fit"), OriginalFile.Restore("steady-run.fit", original));
        Assert.Equal("Europe/London", (await read.Users.SingleAsync()).TimeZoneId);
        Assert.Equal(AccountDeletion.FormerCoach, (await read.Plans.SingleAsync(p => p.IsActive)).SetById);
    }

    [Fact]
    public async Task Export_Document_NamesItsFormatAndKeepsTiesToOthersByNameOnly()
    {
        var doc = ExportZip.Document(await AnasExport.Value);

        Assert.Equal("harrier-account-export", (string)doc["format"]!);
        Assert.Equal(1, (int)doc["version"]!);
        Assert.Equal("miles", (string)doc["account"]!["distanceUnit"]!);
        Assert.Equal("coach", (string)doc["coaching"]!["links"]![0]!["role"]!);
        Assert.Equal("sam", (string)doc["coaching"]!["links"]![0]!["otherName"]!);
        Assert.DoesNotContain("sam@example.com", doc.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, doc["coaching"]!["comments"]!.AsArray().Count);
        Assert.Equal("yes", (string)doc["coaching"]!["groupRuns"]![0]!["answer"]!);
    }

    [Fact]
    public async Task Import_AccountWithRuns_RefusesAndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await database.MigratedContextAsync();
        var world = await OwnerWorld.SeedAsync(db);
        var before = await db.Runs.CountAsync();

        var result = await new AccountImport(db, ImportLimits.Default).ImportAsync(world.Bo.Id, new MemoryStream(await AnasExport.Value), CancellationToken.None);

        Assert.Contains("new or empty account", result.Problem, StringComparison.Ordinal);
        Assert.Equal(before, await db.Runs.CountAsync());
    }

    public static TheoryData<string, string> Hostile => new()
    {
        { "newer-version", "written by a newer Harrier" },
        { "no-format", "not a Harrier account export" },
        { "no-document", "has no account.json" },
        { "traversal", "points outside the archive" },
        { "huge-entry", "over the limit for one file" },
        { "truncated", "not a readable zip file" },
        { "not-a-zip", "not a readable zip file" },
        { "changed-original", "does not match its SHA-256" },
        { "missing-original", "which is not in the zip" },
        { "bad-streams", "streams/" },
        { "unknown-shoe", "refers to shoe 999" },
        { "unknown-surface", "not in the export format" },
        { "number-for-enum", "not in the export format" },
        { "local-time", "not a UTC instant" },
        { "unknown-zone", "Unknown time zone" },
        { "long-notes", "at most 4,000" },
        { "bad-plan", "damaged" },
        { "duplicate-entry", "two entries named" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Import_BadOrHostileZip_SaysWhyAndChangesNothing(string tampering, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await database.MigratedContextAsync();
        var ana = OwnerWorld.NewUser("ana@new.example");
        db.Users.Add(ana);
        await db.SaveChangesAsync();
        var limits = new ImportLimits { MaxFileMegabytes = 1, MaxArchiveMegabytes = 64 };

        var result = await new AccountImport(db, limits).ImportAsync(ana.Id, new MemoryStream(Tamper(tampering, await AnasExport.Value)), CancellationToken.None);

        Assert.Contains(message, result.Problem, StringComparison.Ordinal);
        await using var read = database.NewContext();
        Assert.True(await new AccountImport(read, limits).IsEmptyAsync(ana.Id, CancellationToken.None));
        Assert.Equal(["AspNetUsers.Id: 1"], await UserRows.WhereAsync(read, ana.Id));
        var user = await read.Users.SingleAsync();
        Assert.Equal(("ana", Core.Units.DistanceUnit.Kilometers, (int?)null), (user.DisplayName, user.DistanceUnit, user.MaxHeartRate));
        Assert.Empty(await read.UserRoles.ToListAsync());
    }

    [Fact]
    public async Task Import_DamagedLastOriginal_OnPostgres_RollsBackWhatWasAlreadySaved()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var db = await database.MigratedContextAsync();
        var ana = OwnerWorld.NewUser("ana@new.example");
        db.Users.Add(ana);
        await db.SaveChangesAsync();

        var result = await new AccountImport(db, ImportLimits.Default)
            .ImportAsync(ana.Id, new MemoryStream(Tamper("changed-original", await AnasExport.Value)), CancellationToken.None);

        Assert.Contains("does not match its SHA-256", result.Problem, StringComparison.Ordinal);
        await using var read = database.NewContext();
        Assert.True(await new AccountImport(read, ImportLimits.Default).IsEmptyAsync(ana.Id, CancellationToken.None));
        Assert.Equal("ana", (await read.Users.SingleAsync()).DisplayName);
    }

    private static byte[] Tamper(string how, byte[] zip) => how switch
    {
        "newer-version" => ExportZip.EditDocument(zip, d => d["version"] = 2),
        "no-format" => ExportZip.EditDocument(zip, d => d.Remove("format")),
        "no-document" => ExportZip.Rewrite(zip, (name, data) => name == "account.json" ? null : data),
        "traversal" => ExportZip.Rewrite(zip, (_, data) => data, ("../../etc/evil.txt", [1, 2, 3])),
        "huge-entry" => ExportZip.Rewrite(zip, (_, data) => data, ("streams/huge.bin", new byte[3 * 1024 * 1024])),
        "truncated" => zip[..(zip.Length / 2)],
        "not-a-zip" => "not a zip at all"u8.ToArray(),
        "changed-original" => ExportZip.Rewrite(zip, (name, data) => name == LastOriginal(zip) ? [.. data[..^1], (byte)(data[^1] ^ 0xFF)] : data),
        "missing-original" => ExportZip.Rewrite(zip, (name, data) => name == LastOriginal(zip) ? null : data),
        "bad-streams" => ExportZip.Rewrite(zip, (name, data) => name.StartsWith("streams/", StringComparison.Ordinal) ? [1, 2, 3, 4] : data),
        "unknown-shoe" => ExportZip.EditDocument(zip, d => d["runs"]![0]!["shoeId"] = 999),
        "unknown-surface" => ExportZip.EditDocument(zip, d => d["runs"]![0]!["surface"] = "lava"),
        "number-for-enum" => ExportZip.EditDocument(zip, d => d["account"]!["distanceUnit"] = 7),
        "local-time" => ExportZip.EditDocument(zip, d => d["runs"]![0]!["startUtc"] = "2026-11-20T06:00:00"),
        "unknown-zone" => ExportZip.EditDocument(zip, d => d["runs"]![0]!["timeZone"] = "Mars/Olympus"),
        "long-notes" => ExportZip.EditDocument(zip, d => d["runs"]![0]!["notes"] = new string('x', 5000)),
        "bad-plan" => ExportZip.EditDocument(zip, d => d["plans"]![1]!["document"] = new JsonObject { ["workouts"] = "none" }),
        "duplicate-entry" => ExportZip.Rewrite(zip, (_, data) => data, ("account.json", [(byte)'{', (byte)'}'])),
        _ => throw new ArgumentOutOfRangeException(nameof(how)),
    };

    private static string LastOriginal(byte[] zip) =>
        ExportZip.Document(zip)["runs"]!.AsArray().Select(r => r!["recording"]).OfType<JsonObject>().Select(r => (string)r["originalPath"]!).Last();
}
