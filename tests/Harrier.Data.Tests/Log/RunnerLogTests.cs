using System.Data.Common;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data.Import;
using Harrier.Data.Log;
using Harrier.Import.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Harrier.Data.Tests.Log;

/// <summary>The one place the log is queried: months, years, filtered pages, personal bests and weeks, on both databases.</summary>
public sealed class RunnerLogTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.Zero));
    private static readonly TimeZoneInfo London = Core.TimeZones.Get("Europe/London");

    private static Run Manual(string owner, DateTime startUtc, double km, Surface surface = Surface.Road, int? shoe = null) => new()
    {
        OwnerId = owner,
        StartUtc = startUtc,
        TimeZoneId = "Europe/London",
        Distance = Distance.FromKilometers(km),
        Duration = TimeSpan.FromMinutes(km * 6),
        Effort = new Effort(4),
        Surface = surface,
        ShoeId = shoe,
        Source = RunSource.Manual,
        CreatedUtc = startUtc,
        UpdatedUtc = startUtc,
    };

    private static DateTime Utc(int y, int m, int d, int h = 7) => new(y, m, d, h, 0, 0, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Totals_RunsYearsApart_GiveEveryMonthAndYearInTheRunnersZone(DatabaseProvider provider)
    {
        var (database, db, ana) = await Import.ActivityImportTests.SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        // 23:30 UTC on 31 May 2019 is already June in London (summer time).
        db.Runs.AddRange(Manual(ana.Id, Utc(2012, 3, 4), 5), Manual(ana.Id, new DateTime(2019, 5, 31, 23, 30, 0, DateTimeKind.Utc), 10),
            Manual(ana.Id, Utc(2019, 6, 20), 21.1), Manual(ana.Id, Utc(2021, 5, 9), 8));
        await db.SaveChangesAsync();

        var (months, years) = await new RunnerLog(db).TotalsAsync(ana.Id, London, CancellationToken.None);

        Assert.Equal(((2021 - 2012) * 12) + 3, months.Count);
        var june = months.Single(m => m.Start == new DateOnly(2019, 6, 1));
        Assert.Equal((2, 31100.0, 21100.0), (june.RunCount, Math.Round(june.Distance.Meters), Math.Round(june.Longest.Meters)));
        Assert.Equal(0, months.Single(m => m.Start == new DateOnly(2019, 5, 1)).RunCount);
        Assert.Equal([2021, 2020, 2019, 2018, 2017, 2016, 2015, 2014, 2013, 2012], years.Select(y => y.Start.Year));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Runs_FiltersAndPages_NewestFirst(DatabaseProvider provider)
    {
        var (database, db, ana) = await Import.ActivityImportTests.SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        var shoe = new Shoe { OwnerId = ana.Id, Name = "Trail pair" };
        db.Shoes.Add(shoe);
        await db.SaveChangesAsync();
        db.Runs.AddRange(Enumerable.Range(1, 12).Select(d => Manual(ana.Id, Utc(2019, 6, d), d, d % 3 == 0 ? Surface.Trail : Surface.Road, d % 4 == 0 ? shoe.Id : null)));
        db.Runs.Add(Manual(ana.Id, new DateTime(2019, 6, 12, 23, 30, 0, DateTimeKind.Utc), 1)); // 13 June in London
        await db.SaveChangesAsync();
        var log = new RunnerLog(db);

        var first = await log.RunsAsync(ana.Id, London, RunFilter.All, 1, 5, CancellationToken.None);
        var third = await log.RunsAsync(ana.Id, London, RunFilter.All, 9, 5, CancellationToken.None);
        var days = await log.RunsAsync(ana.Id, London, new RunFilter(new DateOnly(2019, 6, 10), new DateOnly(2019, 6, 12)), 1, 50, CancellationToken.None);
        var trail = await log.RunsAsync(ana.Id, London, new RunFilter(Surface: Surface.Trail, ShoeId: shoe.Id), 1, 50, CancellationToken.None);
        var wrong = await log.RunsAsync(ana.Id, London, new RunFilter(new DateOnly(2019, 6, 12), new DateOnly(2019, 6, 1)), 1, 50, CancellationToken.None);

        Assert.Equal((13, 3, 5), (first.Total, first.Pages, first.Runs.Count));
        Assert.Equal(new DateTime(2019, 6, 12, 23, 30, 0, DateTimeKind.Utc), first.Runs[0].StartUtc);
        Assert.Equal((3, 3, false), (third.Page, third.Runs.Count, third.HasNext));
        Assert.Equal([12.0, 11, 10], days.Runs.Select(r => r.Distance.TotalKilometers));
        Assert.Equal([12.0], trail.Runs.Select(r => r.Distance.TotalKilometers));
        Assert.Equal("Trail pair", trail.Runs[0].Shoe!.Name);
        Assert.Equal(0, wrong.Total);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Bests_ComeFromStoredEffortsAndTheLongestRun(DatabaseProvider provider)
    {
        var (database, db, ana) = await Import.ActivityImportTests.SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        var import = new ActivityImport(db, Clock, ImportLimits.Default);
        var slow = (await import.ImportAsync(ana, "slow.gpx", SampleActivity.Gpx(Utc(2020, 1, 5), TimeSpan.FromMinutes(40), 51.5, -0.1, 2.8), CancellationToken.None))[0];
        var fast = (await import.ImportAsync(ana, "fast.gpx", SampleActivity.Gpx(Utc(2020, 2, 5), TimeSpan.FromMinutes(25), 51.5, -0.1, 3.6), CancellationToken.None))[0];
        db.Runs.Add(Manual(ana.Id, Utc(2019, 6, 20), 21.1));
        await db.SaveChangesAsync();

        var bests = await new RunnerLog(db).BestsAsync(ana.Id, CancellationToken.None);

        Assert.Equal(["Fastest 1 km", "Fastest 5 km", "Longest run"], bests.Select(b => b.Title));
        Assert.Equal([fast.RunId!.Value, fast.RunId.Value], bests.Take(2).Select(b => b.RunId));
        Assert.InRange(bests[1].Time.TotalSeconds, 5000 / 3.7, 5000 / 3.5);
        Assert.Equal(21100, bests[2].Distance.Meters, 1);
        Assert.NotEqual(slow.RunId, bests[0].RunId);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Weeks_ReadNoStreamsOrOriginals_AndCarryCrossTrainingAndTheCalibration(DatabaseProvider provider)
    {
        var (database, db, ana) = await Import.ActivityImportTests.SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        var monday = new DateOnly(2026, 11, 16);
        await new ActivityImport(db, Clock, ImportLimits.Default).ImportAsync(ana, "run.gpx", SampleActivity.Gpx(Utc(2026, 11, 17), TimeSpan.FromMinutes(30), 51.5, -0.1), CancellationToken.None);
        db.CrossTraining.Add(new CrossTraining
        {
            OwnerId = ana.Id,
            StartUtc = Utc(2026, 11, 18),
            TimeZoneId = "Europe/London",
            Sport = Core.Activities.ActivitySport.Cycling,
            Duration = TimeSpan.FromHours(1),
            Distance = Distance.FromKilometers(30),
            FileName = "ride.fit",
            Sha256 = new string('a', 64),
        });
        await db.SaveChangesAsync();
        var commands = new CommandLog();
        var options = new DbContextOptionsBuilder<HarrierDbContext>();
        HarrierDatabase.Configure(options, database.Settings);
        await using var watched = new HarrierDbContext(options.AddInterceptors(commands).Options);

        var weeks = await new RunnerLog(watched).WeeksAsync(ana.Id, London, monday.AddDays(-7), monday.AddDays(14), CancellationToken.None);

        Assert.Equal([monday.AddDays(7), monday, monday.AddDays(-7)], weeks.Select(w => w.Start));
        var week = weeks[1];
        Assert.Equal((1, 1), (week.RunCount, week.CrossTraining.Count));
        Assert.Equal(week.Runs[0].Distance, week.TotalDistance);
        Assert.False(week.Calibration.IsPersonal);
        Assert.All(commands.Texts, sql => Assert.DoesNotContain("OriginalGzip", sql, StringComparison.Ordinal));
        Assert.All(commands.Texts, sql => Assert.DoesNotContain("Streams", sql, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Calibration_FromTheRunnersRunsWithBothLoads(DatabaseProvider provider)
    {
        var (database, db, ana) = await Import.ActivityImportTests.SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        foreach (var day in Enumerable.Range(1, 6))
        {
            var run = Manual(ana.Id, Utc(2026, 10, day), 5); // 30 min at RPE 4: 120 AU
            run.HeartRateLoad = 40;
            db.Runs.Add(run);
        }

        db.Runs.Add(Manual(ana.Id, Utc(2026, 10, 20), 5)); // rated but no heart-rate load: not a pair
        await db.SaveChangesAsync();

        var calibration = await new RunnerLog(db).CalibrationAsync(ana.Id, CancellationToken.None);

        Assert.Equal((3.0, 6, true), (calibration.EffortPerTrimp, calibration.Pairs, calibration.IsPersonal));
    }

    private sealed class CommandLog : DbCommandInterceptor
    {
        public List<string> Texts { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Texts.Add(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
