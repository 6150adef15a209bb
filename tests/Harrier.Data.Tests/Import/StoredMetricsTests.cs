using System.IO.Compression;
using Harrier.Core.Activities;
using Harrier.Core.Load;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data.Import;
using Harrier.Data.Load;
using Harrier.Import.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harrier.Data.Tests.Import;

/// <summary>What an import stores once (metrics, heart-rate load, name, shoes, the original) and what changes it later.</summary>
public sealed class StoredMetricsTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.Zero));
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTime Start = new(2026, 11, 20, 6, 0, 0, DateTimeKind.Utc);

    private static byte[] Gpx(DateTime start, int minutes = 40) => SampleActivity.Gpx(start, TimeSpan.FromMinutes(minutes), 51.5, -0.1);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_StoresTheMetricsOnceWithSplitsBestEffortsHistogramAndHeartRateLoad(DatabaseProvider provider)
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        (ana.MaxHeartRate, ana.RestingHeartRate) = (190, 50);
        await db.SaveChangesAsync();

        var outcome = (await new ActivityImport(db, Clock, ImportLimits.Default).ImportAsync(ana, "loop.gpx", Gpx(Start), None))[0];

        await using var read = database.NewContext();
        var run = await read.Runs.Include(r => r.Recording).SingleAsync();
        var metrics = run.Recording!.Metrics;
        Assert.Equal(RunMetrics.CurrentVersion, metrics.Version);
        Assert.Equal([1000.0, 1000, 1000, 1000, 1000, 1000], metrics.KilometerSplits.Take(6).Select(s => Math.Round(s.Distance.Meters)));
        Assert.Equal(Math.Ceiling(run.Distance.TotalKilometers), metrics.KilometerSplits.Count);
        Assert.NotEmpty(metrics.MileSplits);
        Assert.NotNull(metrics.Best5Kilometers);
        Assert.Null(metrics.Best10Kilometers);
        Assert.Equal(2400, metrics.HeartRate.TotalSeconds, 1);
        Assert.InRange(metrics.Cadence!.Value, 160, 170);
        Assert.Equal(Math.Round(Trimp.Of(metrics.HeartRate, ana.HeartRateProfile!), 1), run.HeartRateLoad);
        Assert.Equal(("Sample loop (synthetic)", "Harrier sample data (synthetic)"), (run.Name, run.Recording.Creator));
        Assert.Null(run.Notes);
        Assert.Equal(outcome.RunId, run.Id);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_DefaultShoes_GoToRunsWhoseExportNamesNone(DatabaseProvider provider)
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        db.Shoes.AddRange(new Shoe { OwnerId = ana.Id, Name = "Daily" }, new Shoe { OwnerId = ana.Id, Name = "Racer" });
        await db.SaveChangesAsync();
        var daily = await db.Shoes.SingleAsync(s => s.Name == "Daily");
        var import = new ActivityImport(db, Clock, ImportLimits.Default, new ImportOptions(daily.Id));

        await import.ImportAsync(ana, ImportItem.Read("a.gpx", Gpx(Start)), None);
        await import.ImportAsync(ana, ImportItem.Read("b.gpx", Gpx(Start.AddDays(1)), new ExportDetails("Race", "Fast", "racer", null)), None);

        var runs = await db.Runs.Include(r => r.Shoe).OrderBy(r => r.StartUtc).ToListAsync();
        Assert.Equal(["Daily", "Racer"], runs.Select(r => r.Shoe!.Name));
        Assert.Equal(("Race", "Fast"), (runs[1].Name, runs[1].Notes));
        Assert.Equal("Choose one of your own pairs of shoes, or none.", await new ImportOptions(999_999).ProblemAsync(db, ana.Id, None));
        Assert.Null(await new ImportOptions(daily.Id).ProblemAsync(db, ana.Id, None));
        Assert.Equal(daily.Id, await ImportOptions.FindShoeAsync(db, ana.Id, " DAILY ", None));
    }

    [Fact]
    public async Task Import_Originals_AreKeptSoTheyComeBackAsUploaded()
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = db;
        var plain = Gpx(Start);
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            await gzip.WriteAsync(Gpx(Start.AddDays(1)), TestContext.Current.CancellationToken);
        }

        var import = new ActivityImport(db, Clock, ImportLimits.Default);
        await import.ImportAsync(ana, "plain.gpx", plain, None);
        await import.ImportAsync(ana, "export.zip!activities/packed.gpx.gz", compressed.ToArray(), None);

        var stored = await db.RunRecordings.OrderBy(r => r.RunId).Select(r => new { r.FileName, r.Original!.Stored }).ToListAsync();
        Assert.Equal(["plain.gpx", "packed.gpx.gz"], stored.Select(s => s.FileName));
        Assert.True(stored[0].Stored.Length < plain.Length);
        Assert.Equal(plain, OriginalFile.Restore(stored[0].FileName, stored[0].Stored));
        Assert.Equal(compressed.ToArray(), OriginalFile.Restore(stored[1].FileName, stored[1].Stored));
    }

    [Fact]
    public async Task Import_Outcome_IsInTheRunnersUnitAndZone()
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = db;
        (ana.DistanceUnit, ana.TimeZoneId) = (DistanceUnit.Miles, "America/New_York");

        var outcome = (await new ActivityImport(db, Clock, ImportLimits.Default).ImportAsync(ana, "loop.gpx", Gpx(Start, 30), None))[0];

        Assert.Equal("3.24 mi on Fri 20 Nov 2026, 01:00", outcome.Message);
    }

    [Fact]
    public async Task ImportAll_UploadsReadAsStreams_ZipAndLoneFileAndRefusals()
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = db;
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("activities/one.gpx").OpenAsync(TestContext.Current.CancellationToken);
            await entry.WriteAsync(Gpx(Start), TestContext.Current.CancellationToken);
        }

        var lone = Gpx(Start.AddDays(1));
        ImportUpload[] uploads =
        [
            new("export.zip", zip.Length, () => new MemoryStream(zip.ToArray())),
            new("two.gpx", lone.Length, () => new MemoryStream(lone)),
            new("notes.txt", 5, () => new MemoryStream("hello"u8.ToArray())),
            new("huge.fit", ImportLimits.Default.MaxFileBytes + 1, () => throw new InvalidOperationException("a refused upload is never opened")),
        ];
        var import = new ActivityImport(db, Clock, ImportLimits.Default);

        var outcomes = new List<ImportOutcome>();
        await foreach (var file in import.ImportAllAsync(ana, new ImportSource(ImportLimits.Default).Enumerate(uploads, None), None))
        {
            outcomes.AddRange(file);
        }

        Assert.Equal(["export.zip!activities/one.gpx", "two.gpx", "notes.txt", "huge.fit"], outcomes.Select(o => o.File));
        Assert.Equal([ImportStatus.Imported, ImportStatus.Imported, ImportStatus.Skipped, ImportStatus.Skipped], outcomes.Select(o => o.Status));
        Assert.StartsWith("not an activity file", outcomes[2].Message, StringComparison.Ordinal);
        Assert.StartsWith("larger than the 64 MiB limit", outcomes[3].Message, StringComparison.Ordinal);
        Assert.Equal(2, await db.Runs.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task HeartRateSettings_Saved_SetEveryRunsLoadAgain_AndBadOnesStoreNothing(DatabaseProvider provider)
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        await new ActivityImport(db, Clock, ImportLimits.Default).ImportAsync(ana, "loop.gpx", Gpx(Start), None);
        var settings = new HeartRateSettings(db);

        var bad = await settings.SaveAsync(ana, 120, 100, null, None);
        await using (var check = database.NewContext())
        {
            Assert.Null((await check.Users.SingleAsync()).MaxHeartRate);
        }

        var good = await settings.SaveAsync(ana, 190, 50, Sex.Female, None);
        await using var read = database.NewContext();
        var user = await read.Users.SingleAsync();
        var run = await read.Runs.Include(r => r.Recording).SingleAsync();
        var cleared = await settings.SaveAsync(ana, null, null, null, None);
        await using var after = database.NewContext();

        Assert.Equal(HeartRateField.Resting, Assert.Single(bad).Field);
        Assert.Empty(good);
        Assert.Equal((190, 50, Sex.Female), (user.MaxHeartRate, user.RestingHeartRate, user.Sex));
        Assert.Equal(Math.Round(Trimp.Of(run.Recording!.Metrics.HeartRate, user.HeartRateProfile!), 1), run.HeartRateLoad);
        Assert.Empty(cleared);
        Assert.Null((await after.Runs.SingleAsync()).HeartRateLoad);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Recompute_OlderVersion_IsComputedFromTheOriginal_CurrentOnesOnlyWhenForced(DatabaseProvider provider)
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        var import = new ActivityImport(db, Clock, ImportLimits.Default);
        await import.ImportAsync(ana, "old.gpx", Gpx(Start), None);
        await import.ImportAsync(ana, "new.gpx", Gpx(Start.AddDays(1)), None);
        var old = await db.RunRecordings.Include(r => r.Original).OrderBy(r => r.RunId).FirstAsync();
        var expected = old.Metrics;
        (old.Metrics, old.Streams) = (new RunMetrics { Version = 0 }, StreamCodec.Encode([]));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var first = await new MetricsRecompute(db, ImportLimits.Default).RunAsync(ana.Id, force: false, None);
        var forced = await new MetricsRecompute(db, ImportLimits.Default).RunAsync(null, force: true, None);

        Assert.Equal((1, 1, 0), (first.Recomputed, first.UpToDate, first.Failed.Count));
        Assert.Equal((2, 0), (forced.Recomputed, forced.UpToDate));
        await using var read = database.NewContext();
        var recomputed = await read.RunRecordings.SingleAsync(r => r.RunId == old.RunId);
        Assert.Equal(RunMetrics.CurrentVersion, recomputed.Metrics.Version);
        Assert.Equal(expected.KilometerSplits, recomputed.Metrics.KilometerSplits);
        Assert.Equal(expected.Best5Kilometers, recomputed.Metrics.Best5Kilometers);
        Assert.Equal(recomputed.SampleCount, StreamCodec.Decode(recomputed.Streams).Length);
    }
}
