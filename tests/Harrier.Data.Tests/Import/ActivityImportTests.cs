using System.IO.Compression;
using Harrier.Core.Activities;
using Harrier.Core.Runs;
using Harrier.Data.Import;
using Harrier.Import.Sources;
using Harrier.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harrier.Data.Tests.Import;

public sealed class ActivityImportTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.Zero));

    private static byte[] TestFile(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    internal static async Task<(TestDatabase Database, HarrierDbContext Db, HarrierUser Ana)> SetUpAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var db = await database.MigratedContextAsync();
        var ana = new HarrierUser { UserName = "ana@example.com", Email = "ana@example.com", NormalizedEmail = "ANA@EXAMPLE.COM", TimeZoneId = "Europe/London" };
        db.Users.Add(ana);
        await db.SaveChangesAsync();
        return (database, db, ana);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_FitRun_StoresRunWithRecordingStreamsAndOriginal(DatabaseProvider provider)
    {
        var (database, db, ana) = await SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        var data = TestFile("steady-run.fit");

        var outcome = Assert.Single(
            await new ActivityImport(db, Clock, ImportLimits.Default).ImportAsync(ana, "watch/steady-run.fit", data, CancellationToken.None));

        Assert.Equal(ImportStatus.Imported, outcome.Status);
        await using var read = database.NewContext();
        var run = await read.Runs.Include(r => r.Recording).SingleAsync();
        Assert.Equal(RunSource.Imported, run.Source);
        Assert.Null(run.Effort);
        Assert.True(run.Distance.Meters > 0);
        var recording = run.Recording!;
        Assert.Null(recording.Original);
        Assert.Equal(ActivityFormat.Fit, recording.Format);
        Assert.Equal("steady-run.fit", recording.FileName);
        var stored = await read.RunOriginals.SingleAsync(o => o.RunId == run.Id);
        Assert.NotEqual(data, stored.Stored);
        Assert.Equal(data, OriginalFile.Restore(recording.FileName, stored.Stored));
        var samples = StreamCodec.Decode(recording.Streams);
        Assert.Equal(recording.SampleCount, samples.Length);
        Assert.True(samples.Length > 0);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_SameFileTwice_SecondIsDuplicate(DatabaseProvider provider)
    {
        var (database, db, ana) = await SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        var import = new ActivityImport(db, Clock, ImportLimits.Default);
        var data = TestFile("two-laps.tcx");

        var first = Assert.Single(await import.ImportAsync(ana, "two-laps.tcx", data, CancellationToken.None));
        var second = Assert.Single(await import.ImportAsync(ana, "copy/two-laps.tcx", data, CancellationToken.None));

        Assert.Equal(ImportStatus.Imported, first.Status);
        Assert.Equal(ImportStatus.Duplicate, second.Status);
        Assert.Equal(first.RunId, second.RunId);
        Assert.Equal(1, await db.Runs.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ImportAll_ReadsAheadOnEveryCore_ButGivesOutcomesInOrder_AndACopyLaterInTheBatchIsADuplicate(DatabaseProvider provider)
    {
        var (database, db, ana) = await SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        var fit = TestFile("steady-run.fit");
        var tcx = TestFile("two-laps.tcx");
        // More files than are read ahead, so reading and storing overlap; the copies come after their originals were read.
        var items = new List<ImportItem> { ImportItem.Read("a/steady-run.fit", fit), ImportItem.Read("b/two-laps.tcx", tcx) };
        for (var i = 0; i < 3 * Environment.ProcessorCount; i++)
        {
            items.Add(ImportItem.Read($"broken-{i}.gpx", "<gpx><trk>"u8.ToArray()));
        }

        items.Add(ImportItem.Read("c/steady-run.fit", fit));
        items.Add(ImportItem.Read("d/two-laps.tcx", tcx));

        var outcomes = new List<ImportOutcome>();
        await foreach (var file in new ActivityImport(db, Clock, ImportLimits.Default).ImportAllAsync(ana, items, CancellationToken.None))
        {
            outcomes.Add(Assert.Single(file));
        }

        Assert.Equal(items.Select(i => i.Name), outcomes.Select(o => o.File));
        Assert.Equal([ImportStatus.Imported, ImportStatus.Imported], outcomes.Take(2).Select(o => o.Status));
        Assert.All(outcomes.Skip(2).Take(items.Count - 4), o => Assert.True(o is { Status: ImportStatus.Skipped, Unreadable: true }, o.Message));
        Assert.Equal([ImportStatus.Duplicate, ImportStatus.Duplicate], outcomes.TakeLast(2).Select(o => o.Status));
        Assert.Equal(outcomes.Take(2).Select(o => o.RunId), outcomes.TakeLast(2).Select(o => o.RunId));
        await using var read = database.NewContext();
        Assert.Equal(2, await read.Runs.CountAsync());
        Assert.Equal(2, await read.RunOriginals.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_SameRunFromAnotherSource_IsDuplicateBySameStartAndDistance(DatabaseProvider provider)
    {
        var (database, db, ana) = await SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        var import = new ActivityImport(db, Clock, ImportLimits.Default);
        var data = TestFile("steady-run.fit");
        using var compressed = new MemoryStream();
        await using (var gz = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gz.WriteAsync(data, TestContext.Current.CancellationToken);
        }

        await import.ImportAsync(ana, "run.fit", data, CancellationToken.None);
        var again = Assert.Single(await import.ImportAsync(ana, "export/run.fit.gz", compressed.ToArray(), CancellationToken.None));

        Assert.Equal(ImportStatus.Duplicate, again.Status);
        Assert.Equal("a run with the same start and distance is already in your log", again.Message);
    }

    [Fact]
    public async Task Import_BrokenFile_IsUnreadableWithReasonAndStoresNothing()
    {
        var (database, db, ana) = await SetUpAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = db;

        var outcome = Assert.Single(await new ActivityImport(db, Clock, ImportLimits.Default)
            .ImportAsync(ana, "notes.fit", "this is not a FIT file at all"u8.ToArray(), CancellationToken.None));

        Assert.Equal(ImportStatus.Skipped, outcome.Status);
        Assert.True(outcome.Unreadable);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Message));
        Assert.False(await db.Runs.AnyAsync());
    }

    [Fact]
    public async Task Import_Swim_IsKeptAsCrossTrainingNotAsARun()
    {
        var (database, db, ana) = await SetUpAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = db;
        var import = new ActivityImport(db, Clock, ImportLimits.Default);

        var outcome = Assert.Single(await import.ImportAsync(ana, "pool.tcx", TestFile("pool_swim-activity_1.tcx"), CancellationToken.None));
        var again = Assert.Single(await import.ImportAsync(ana, "pool.tcx", TestFile("pool_swim-activity_1.tcx"), CancellationToken.None));

        Assert.Equal((ImportStatus.Imported, true, false, null), (outcome.Status, outcome.CrossTraining, outcome.Unreadable, outcome.RunId));
        Assert.StartsWith("kept as cross-training (other sport, 25:31) on ", outcome.Message, StringComparison.Ordinal);
        Assert.EndsWith("; not counted as running", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(ImportStatus.Duplicate, again.Status);
        var entry = await db.CrossTraining.SingleAsync();
        Assert.Equal((ActivitySport.Other, 1531.0), (entry.Sport, Math.Round(entry.Duration.TotalSeconds)));
        Assert.False(await db.Runs.AnyAsync());
    }

    [Fact]
    public async Task Import_AnotherRunnersSameFile_IsImportedForEach()
    {
        var (database, db, ana) = await SetUpAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = db;
        var ben = new HarrierUser { UserName = "ben@example.com", Email = "ben@example.com", NormalizedEmail = "BEN@EXAMPLE.COM" };
        db.Users.Add(ben);
        await db.SaveChangesAsync();
        var import = new ActivityImport(db, Clock, ImportLimits.Default);
        var data = TestFile("two-laps.tcx");

        Assert.Equal(ImportStatus.Imported, Assert.Single(await import.ImportAsync(ana, "a.tcx", data, CancellationToken.None)).Status);
        Assert.Equal(ImportStatus.Imported, Assert.Single(await import.ImportAsync(ben, "b.tcx", data, CancellationToken.None)).Status);
    }
}
