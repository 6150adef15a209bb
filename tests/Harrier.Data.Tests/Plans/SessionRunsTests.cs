using Harrier.Core;
using Harrier.Core.Activities;
using Harrier.Core.Log;
using Harrier.Core.Plans;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data.Import;
using Harrier.Data.Plans;
using Harrier.Import;
using Harrier.Import.Sources;
using Harrier.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harrier.Data.Tests.Plans;

/// <summary>An imported or logged run completes its day's planned session by Core's one rule, on SQLite and PostgreSQL.</summary>
public sealed class SessionRunsTests
{
    private static byte[] Watch() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "steady-run.fit"));

    private static async Task<(TestDatabase Database, HarrierDbContext Db, HarrierUser Ana, FakeTimeProvider Clock)> SetUpAsync(
        DatabaseProvider provider, DateTime nowUtc)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var db = await database.MigratedContextAsync();
        var ana = new HarrierUser { UserName = "ana@example.com", Email = "ana@example.com", NormalizedEmail = "ANA@EXAMPLE.COM", TimeZoneId = "Europe/London" };
        db.Users.Add(ana);
        await db.SaveChangesAsync();
        return (database, db, ana, new FakeTimeProvider(new DateTimeOffset(nowUtc, TimeSpan.Zero)));
    }

    /// <summary>A plan with one continuous run of <paramref name="seconds"/> on <paramref name="day"/>.</summary>
    private static TrainingPlan OneRun(DateOnly day, int seconds) => new("Test plan", "test", [day.DayOfWeek],
        [new PlannedWorkout(day, 1, new Workout(WorkoutKind.Run, "Week 1, run 1", "Run easy.", [new WorkoutStep(StepKind.Run, seconds)]))]);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_RunOnTheSessionsDayOfAboutItsTime_CompletesTheSessionWithTheRun(DatabaseProvider provider)
    {
        var activity = ActivityReader.Read("run.fit", Watch()).Activities[0].Activity;
        var timer = ActivityMetrics.Compute(activity).TimerTime;
        var day = TrainingLog.LocalDay(activity.StartUtc!.Value, TimeZones.Get("Europe/London"));
        var (database, db, ana, clock) = await SetUpAsync(provider, activity.StartUtc.Value.AddHours(3));
        await using var _ = database;
        await using var __ = db;
        var stored = await new RunnerPlans(db, clock).StartAsync(ana.Id, OneRun(day, (int)(timer.TotalSeconds * 1.1)), CancellationToken.None);

        var outcome = (await new ActivityImport(db, clock, ImportLimits.Default).ImportAsync(ana, "run.fit", Watch(), CancellationToken.None))[0];

        await using var read = database.NewContext();
        var answer = await read.SessionOutcomes.SingleAsync(CancellationToken.None);
        Assert.Equal((stored.Id, day, SessionResult.Done, outcome.RunId), (answer.PlanId, answer.Date, answer.Result, answer.RunId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Import_MuchLongerRun_IsOfferedNotLinked(DatabaseProvider provider)
    {
        var activity = ActivityReader.Read("run.fit", Watch()).Activities[0].Activity;
        var timer = ActivityMetrics.Compute(activity).TimerTime;
        var day = TrainingLog.LocalDay(activity.StartUtc!.Value, TimeZones.Get("Europe/London"));
        var (database, db, ana, clock) = await SetUpAsync(provider, activity.StartUtc.Value.AddHours(3));
        await using var _ = database;
        await using var __ = db;
        var stored = await new RunnerPlans(db, clock).StartAsync(ana.Id, OneRun(day, (int)(timer.TotalSeconds / 2)), CancellationToken.None);

        var outcome = (await new ActivityImport(db, clock, ImportLimits.Default).ImportAsync(ana, "run.fit", Watch(), CancellationToken.None))[0];

        Assert.True(outcome.Status == Harrier.Data.Import.ImportStatus.Imported, outcome.Message);
        Assert.Empty(await db.SessionOutcomes.ToListAsync(CancellationToken.None));
        var offered = Assert.Single(await new SessionRuns(db, clock).CandidatesAsync(stored, day, CancellationToken.None));
        Assert.Equal((outcome.RunId!.Value, SessionMatchKind.Possible), (offered.Run.Id, offered.Kind));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task LinkAsync_SessionAlreadyMarkedDone_TakesTheRunLoggedAfterwards(DatabaseProvider provider)
    {
        var day = new DateOnly(2027, 1, 4);
        var (database, db, ana, clock) = await SetUpAsync(provider, new DateTime(2027, 1, 4, 9, 0, 0, DateTimeKind.Utc));
        await using var _ = database;
        await using var __ = db;
        var plans = new RunnerPlans(db, clock);
        var stored = await plans.StartAsync(ana.Id, OneRun(day, 1800), CancellationToken.None);
        await plans.RecordAsync(stored, day, SessionResult.Done, null, day, CancellationToken.None);
        var run = new Run { OwnerId = ana.Id };
        run.Enter(new RunEntry(new DateTime(2027, 1, 4, 7, 0, 0, DateTimeKind.Utc), "Europe/London", Distance.FromKilometers(3),
            TimeSpan.FromMinutes(12), new Effort(4), Surface.Road, null, null), clock.GetUtcNow().UtcDateTime);
        db.Runs.Add(run);
        await db.SaveChangesAsync(CancellationToken.None);

        var linked = await new SessionRuns(db, clock).LinkAsync(run, CancellationToken.None);

        Assert.Equal(day, linked);
        await using var read = database.NewContext();
        Assert.Equal(run.Id, (await read.SessionOutcomes.SingleAsync(CancellationToken.None)).RunId);
    }
}
