using System.Data.Common;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Harrier.Core.Activities;
using Harrier.Core.Runs;
using Harrier.Data.Import;
using Harrier.Import;
using Harrier.Import.Sources;
using Harrier.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Harrier.Data.Tests.Import;

/// <summary>Files holding several activities, export summaries, partial and damaged files, and the cost of many small files.</summary>
public sealed class MultiActivityImportTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.Zero));
    private static readonly CancellationToken None = CancellationToken.None;

    private static byte[] Corpus(string folder, string name)
    {
        Harrier.Import.Tests.Corpus.SkipIfMissing();
        return File.ReadAllBytes(Harrier.Import.Tests.Corpus.PathOf(folder, name));
    }

    [Fact]
    public async Task Import_Triathlon_StoresTheRunLegAndKeepsTheOtherLegsAsCrossTraining()
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = db;
        var import = new ActivityImport(db, Clock, ImportLimits.Default);
        var data = Corpus("fit", "fit__triathlon_summary_last.fit");

        var outcomes = await import.ImportAsync(ana, "tri.fit", data, None);

        Assert.Equal([0, 1, 2, 3, 4], outcomes.Select(o => o.Session!.Value));
        Assert.Equal(
            ["kept as cross-training (swimming, 11:16)", "kept as cross-training (transition, 2:37)",
             "kept as cross-training (cycling, 26:07)", "kept as cross-training (transition, 1:10)"],
            outcomes.Take(4).Select(o => o.Message[..o.Message.IndexOf(" on ", StringComparison.Ordinal)]));
        Assert.All(outcomes.Take(4), o => Assert.True(o.CrossTraining && o.Status == ImportStatus.Imported));
        Assert.Equal((ImportStatus.Imported, false), (outcomes[4].Status, outcomes[4].CrossTraining));
        var run = await db.Runs.Include(r => r.Recording).SingleAsync();
        Assert.Equal(4491.5, run.Distance.Meters, 0.1);
        Assert.Equal(ActivitySport.Running, run.Recording!.Sport);
        Assert.InRange(run.Recording.Metrics.Cadence!.Value, 150, 180);
        var legs = await db.CrossTraining.OrderBy(c => c.StartUtc).ToListAsync();
        Assert.Equal([ActivitySport.Swimming, ActivitySport.Transition, ActivitySport.Cycling, ActivitySport.Transition], legs.Select(l => l.Sport));
        Assert.Equal(4, legs.Select(l => l.Sha256).Distinct().Count());
        Assert.Equal(0, StreamCodec.Decode(run.Recording.Streams)[0].DistanceMeters);

        var again = Assert.Single(await import.ImportAsync(ana, "copy/tri.fit", data, None));
        Assert.Equal(ImportStatus.Duplicate, again.Status);
        Assert.Equal((1, 4), (await db.Runs.CountAsync(), await db.CrossTraining.CountAsync()));
    }

    [Fact]
    public async Task Import_TwoRunsInOneFile_StoresBothEachWithItsOwnTotals()
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = db;
        var import = new ActivityImport(db, Clock, ImportLimits.Default);

        var outcomes = await import.ImportAsync(ana, "two.tcx", Corpus("tcx", "tcx__multiple_running_activities.tcx"), None);

        Assert.Equal([ImportStatus.Imported, ImportStatus.Imported], outcomes.Select(o => o.Status));
        Assert.Equal(["two.tcx (activity 1)", "two.tcx (activity 2)"], outcomes.Select(o => o.Label));
        var runs = await db.Runs.Include(r => r.Recording).OrderBy(r => r.StartUtc).ToListAsync();
        Assert.Equal([14.33, 19.15], runs.Select(r => Math.Round(r.Distance.TotalKilometers, 2)));
        Assert.NotEqual(runs[0].Recording!.Sha256, runs[1].Recording!.Sha256);
    }

    [Fact]
    public async Task Import_SameRunFromAnotherFormat_IsADuplicateActivityByActivity()
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = db;
        var import = new ActivityImport(db, Clock, ImportLimits.Default);
        var start = new DateTime(2026, 11, 20, 6, 5, 0, DateTimeKind.Utc);
        var gpx = SampleActivity.Gpx(start, TimeSpan.FromMinutes(28), 53.35, -6.26);
        var read = ActivityReader.Read("run.gpx", gpx).Activities[0];
        Assert.Equal(ImportStatus.Imported, Assert.Single(await import.ImportAsync(ana, "run.gpx", gpx, None)).Status);

        // The same run written by another app as TCX, after an unrelated walk in the same file.
        var tcx = Tcx(Activity("Walking", start.AddHours(-5), 1.3, 1200), Activity("Running", start, read));
        var outcomes = await import.ImportAsync(ana, "watch.tcx", tcx, None);

        Assert.Equal(ImportStatus.Imported, outcomes[0].Status);
        Assert.Equal(ImportStatus.Duplicate, outcomes[1].Status);
        Assert.Equal("a run with the same start and distance is already in your log", outcomes[1].Message);
    }

    [Fact]
    public async Task Import_StravaExport_StoresEachRunWithItsNameDescriptionAndShoe()
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = db;
        var shoe = new Shoe { OwnerId = ana.Id, Name = "Pegasus 38", CreatedUtc = Clock.GetUtcNow().UtcDateTime };
        db.Shoes.Add(shoe);
        await db.SaveChangesAsync();
        var path = Path.Combine(database.DataDirectory, "export.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Entry(zip, "activities.csv", Encoding.UTF8.GetBytes("Activity ID,Activity Name,Activity Description,Activity Gear,Filename\n"
                + "1,\"Hills, then home\",\"Felt strong.\nLegs fine.\",pegasus 38 ,activities/1.fit\n"));
            Entry(zip, "activities/1.fit", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "steady-run.fit")));
        }

        var import = new ActivityImport(db, Clock, ImportLimits.Default);
        foreach (var item in new ImportSource(ImportLimits.Default).Enumerate([path]))
        {
            Assert.Equal(ImportStatus.Imported, Assert.Single(await import.ImportAsync(ana, item, None)).Status);
        }

        var run = await db.Runs.SingleAsync();
        Assert.Equal(("Hills, then home", "Felt strong.\nLegs fine."), (run.Name, run.Notes));
        Assert.Equal(shoe.Id, run.ShoeId);
    }

    [Fact]
    public async Task Import_ReportedStravaExport_GivesThreeRunsWithTheirNames()
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = db;
        Corpus("reported", "C10-strava-export.zip");
        var import = new ActivityImport(db, Clock, ImportLimits.Default);

        foreach (var item in new ImportSource(ImportLimits.Default).Enumerate([Harrier.Import.Tests.Corpus.PathOf("reported", "C10-strava-export.zip")]))
        {
            Assert.All(await import.ImportAsync(ana, item, None), o => Assert.Equal(ImportStatus.Imported, o.Status));
        }

        var runs = await db.Runs.OrderByDescending(r => r.StartUtc).ToListAsync();
        Assert.Equal(["3.60 2021-06-05 07:00", "3.59 2019-06-20 06:05", "3.59 2016-11-21 07:25"],
            runs.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Distance.TotalKilometers:F2} {r.StartUtc:yyyy-MM-dd HH:mm}")));
        Assert.All(runs, r => Assert.Equal(("Morning Run", null), (r.Name, r.Notes)));
    }

    [Fact]
    public async Task Import_FileCutShort_IsStoredAsPartialWithWhatIsMissing()
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = db;

        var outcome = Assert.Single(await new ActivityImport(db, Clock, ImportLimits.Default)
            .ImportAsync(ana, "cut.fit", Corpus("reported", "C05-wahoo-fit-distance-backstep.fit")[..20_000], None));

        Assert.Equal(ImportStatus.Imported, outcome.Status);
        Assert.EndsWith("(partial recording)", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("Partial recording, missing the session summary (the file may have been cut short)", outcome.Issues!);
    }

    [Fact]
    public async Task Import_ImpossibleData_IsUnreadableWithTheReason()
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = db;

        var outcome = Assert.Single(await new ActivityImport(db, Clock, ImportLimits.Default)
            .ImportAsync(ana, "stuck-clock.gpx", Corpus("gpx", "gpxpy__Mojstrovka.gpx"), None));

        Assert.Equal((ImportStatus.Skipped, true), (outcome.Status, outcome.Unreadable));
        Assert.Equal("damaged: 2.69 km with no recorded time", outcome.Message);
        Assert.False(await db.Runs.AnyAsync());
    }

    [Fact]
    public async Task Import_ManySmallUnusableFiles_CostNoQueryEach()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        var (setup, ana) = await UserAsync(database);
        await using var __ = setup;
        var counter = new CommandCounter();
        var options = new DbContextOptionsBuilder<HarrierDbContext>();
        HarrierDatabase.Configure(options, database.Settings);
        await using var db = new HarrierDbContext(options.AddInterceptors(counter).Options);
        var import = new ActivityImport(db, Clock, ImportLimits.Default);

        for (var i = 0; i < 500; i++)
        {
            await import.ImportAsync(ana, $"{i}.gpx", Encoding.UTF8.GetBytes($"<gpx><trk><trkseg><trkpt lat=\"{i}\" lon=\"0\"/></trkseg></trk></gpx>"), None);
        }

        Assert.InRange(counter.Count, 1, 3);
    }

    private static async Task<(HarrierDbContext Db, HarrierUser Ana)> UserAsync(TestDatabase database)
    {
        var db = await database.MigratedContextAsync();
        var ana = new HarrierUser { UserName = "ana@example.com", Email = "ana@example.com", NormalizedEmail = "ANA@EXAMPLE.COM", TimeZoneId = "Europe/London" };
        db.Users.Add(ana);
        await db.SaveChangesAsync();
        return (db, ana);
    }

    private static void Entry(ZipArchive zip, string name, byte[] data)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(data);
    }

    private static byte[] Tcx(params string[] activities) => Encoding.UTF8.GetBytes(
        "<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities>"
        + string.Concat(activities) + "</Activities></TrainingCenterDatabase>");

    /// <summary>A TCX activity with the samples and totals of <paramref name="read"/>.</summary>
    private static string Activity(string sport, DateTime start, ReadActivity read) => Activity(sport, start,
        [.. read.Activity.Samples.ToArray().Select(s => (s.TimeUtc, s.Latitude, s.Longitude, s.DistanceMeters))], read.Metrics.TimerTime.TotalSeconds);

    private static string Activity(string sport, DateTime start, double speed, int seconds) => Activity(sport, start,
        [.. Enumerable.Range(0, (seconds / 10) + 1).Select(i => (start.AddSeconds(10 * i), double.NaN, double.NaN, 10 * i * speed))], seconds);

    private static string Activity(string sport, DateTime start, (DateTime Time, double Lat, double Lon, double Meters)[] points, double seconds)
    {
        var track = new StringBuilder();
        foreach (var (time, lat, lon, meters) in points)
        {
            track.Append(CultureInfo.InvariantCulture, $"<Trackpoint><Time>{time:yyyy-MM-ddTHH:mm:ssZ}</Time>");
            if (!double.IsNaN(lat))
            {
                track.Append(CultureInfo.InvariantCulture, $"<Position><LatitudeDegrees>{lat}</LatitudeDegrees><LongitudeDegrees>{lon}</LongitudeDegrees></Position>");
            }

            track.Append(CultureInfo.InvariantCulture, $"<DistanceMeters>{meters}</DistanceMeters></Trackpoint>");
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"<Activity Sport=\"{sport}\"><Id>{start:O}</Id><Lap StartTime=\"{start:yyyy-MM-ddTHH:mm:ssZ}\"><TotalTimeSeconds>{seconds}</TotalTimeSeconds>")
            + string.Create(CultureInfo.InvariantCulture, $"<DistanceMeters>{points[^1].Meters}</DistanceMeters><Track>{track}</Track></Lap></Activity>");
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
