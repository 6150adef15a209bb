using Harrier.Core.Runs;
using Harrier.Tests.Web;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Tests;

public sealed class DemoTests(DemoHarrierServer demo, HarrierServer plain) : IClassFixture<DemoHarrierServer>, IClassFixture<HarrierServer>
{
    [Fact]
    public async Task DemoSwitch_CreatesMarkedCoachAndRunnersWithSampleRunsIncludingAnImportedOne()
    {
        await using var db = demo.Database.NewContext();
        var users = await db.Users.Where(u => u.IsDemo).OrderBy(u => u.Email).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["demo-coach@harrier.invalid", "demo-jordan@harrier.invalid", "demo-priya@harrier.invalid", "demo-runner@harrier.invalid"],
            users.Select(u => u.Email));
        Assert.All(users, u => Assert.Contains("sample account", u.DisplayName, StringComparison.Ordinal));
        var runner = users[3];
        var runs = await db.Runs.Where(r => r.OwnerId == runner.Id).Include(r => r.Recording).ToListAsync(TestContext.Current.CancellationToken);
        Assert.True(runs.Count >= 12, $"only {runs.Count} sample runs");
        var imported = Assert.Single(runs, r => r.Source == RunSource.Imported);
        Assert.True(imported.Recording!.SampleCount > 1000);
        Assert.InRange(imported.Distance.TotalKilometers, 4, 6);
        Assert.True(imported.HeartRateLoad > 0, "the sample run has heart rate and the demo runner sample heart rates");
        Assert.Equal("Sample loop (synthetic)", imported.Name);
    }

    [Fact]
    public async Task DemoCoach_HasThreeClientsOneHurtingOneMissingSessionsOneOnTrackOneSharingTrainingOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = demo.Database.NewContext();
        var coach = await db.Users.SingleAsync(u => u.Email == "demo-coach@harrier.invalid", ct);

        var roster = await new Harrier.Data.Coaching.CoachRoster(db, TimeProvider.System).BuildAsync(coach.Id, "web", ct);

        Assert.Equal(3, roster.Count);
        Assert.Equal(Core.Coaching.Attention.RisingPain, roster[0].Attention);
        Assert.Equal("demo-runner@harrier.invalid", (await db.Users.SingleAsync(u => u.Id == roster[0].Client.RunnerId, ct)).Email);
        Assert.Contains(roster, e => e.Client.Missed > 0 && e.Client.Scope == Core.Coaching.SharingScope.Training);
        Assert.Equal(Core.Coaching.Attention.OnTrack, roster[^1].Attention);
        Assert.True(await db.Screenings.AnyAsync(s => s.OwnerId == roster[0].Client.RunnerId, ct));
        Assert.True(await db.Comments.AnyAsync(ct));
    }

    [Fact]
    public async Task DemoCoach_DawnGroupRunsWithARouteAnswersAndASheetOfOwnSessions()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = demo.Database.NewContext();
        var coach = await db.Users.SingleAsync(u => u.Email == "demo-coach@harrier.invalid", ct);
        var runs = new Harrier.Data.GroupRuns.CoachGroupRuns(db, TimeProvider.System);

        var upcoming = await runs.ListAsync(coach.Id, coach.Today(TimeProvider.System), 20, ct);
        Assert.True(upcoming.Count >= 6, $"only {upcoming.Count} upcoming group runs");
        Assert.True(await db.GroupRunInvitees.AnyAsync(i => i.Attendance != null, ct), "no run held yet has attendance");
        var next = (await runs.GetAsync(coach.Id, upcoming[0].Run.Id, ct))!;
        Assert.NotNull(next.Route);
        var built = await new Harrier.Data.GroupRuns.RunSheets(db, TimeProvider.System).BuildAsync(coach.Id, next.Run.Id, "web", ct);
        Assert.Equal(2, built!.Value.Sheet.Lines.Count);
    }

    [Fact]
    public async Task WithoutTheSwitch_NoDemoAccountExists()
    {
        await using var db = plain.Database.NewContext();
        Assert.False(await db.Users.AnyAsync(u => u.IsDemo || u.Email!.EndsWith("@harrier.invalid"), TestContext.Current.CancellationToken));
    }
}
