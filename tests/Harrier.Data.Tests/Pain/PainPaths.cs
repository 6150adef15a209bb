using Harrier.Core.Plans;
using Harrier.Data.Plans;
using Harrier.Tests;
using Microsoft.Extensions.Time.Testing;

namespace Harrier.Data.Tests.Pain;

/// <summary>A runner on NHS Couch to 5K (Mon/Wed/Fri from Monday 4 January 2027, London) in a fresh database, for the pain paths.</summary>
internal sealed class PainPaths : IAsyncDisposable
{
    public static readonly DateOnly Monday = new(2027, 1, 4);

    private PainPaths(TestDatabase database, HarrierDbContext db, HarrierUser runner)
    {
        Database = database;
        Db = db;
        Runner = runner;
    }

    public TestDatabase Database { get; }

    public HarrierDbContext Db { get; }

    public HarrierUser Runner { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 1, 4, 7, 0, 0, TimeSpan.Zero));

    public static async Task<PainPaths> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var db = await database.MigratedContextAsync();
        var runner = new HarrierUser
        {
            UserName = "ana@example.com", Email = "ana@example.com", NormalizedEmail = "ANA@EXAMPLE.COM", NormalizedUserName = "ANA@EXAMPLE.COM",
            DisplayName = "Ana", TimeZoneId = "Europe/London",
        };
        db.Users.Add(runner);
        await db.SaveChangesAsync();
        var paths = new PainPaths(database, db, runner);
        var plan = PlanTemplates.Get("nhs-couch-to-5k").Apply(Monday, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);
        await new RunnerPlans(db, paths.Clock).StartAsync(runner.Id, plan, CancellationToken.None);
        return paths;
    }

    /// <summary>Moves the clock to <paramref name="day"/> at the given hour (London is on UTC in January).</summary>
    public DateOnly At(DateOnly day, int hour = 7)
    {
        Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero));
        return day;
    }

    public async Task<StoredPlan> PlanAsync() => (await new RunnerPlans(Db, Clock).ActiveAsync(Runner.Id, CancellationToken.None))!;

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await Database.DisposeAsync();
    }
}
