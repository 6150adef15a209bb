using Harrier.Core.Runs;
using Harrier.Tests.Web;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Tests;

public sealed class DemoTests(DemoHarrierServer demo, HarrierServer plain) : IClassFixture<DemoHarrierServer>, IClassFixture<HarrierServer>
{
    [Fact]
    public async Task DemoSwitch_CreatesMarkedCoachAndRunnerWithSampleRunsIncludingAnImportedOne()
    {
        await using var db = demo.Database.NewContext();
        var users = await db.Users.Where(u => u.IsDemo).OrderBy(u => u.Email).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["demo-coach@harrier.invalid", "demo-runner@harrier.invalid"], users.Select(u => u.Email));
        Assert.All(users, u => Assert.Contains("sample account", u.DisplayName, StringComparison.Ordinal));
        var runner = users[1];
        var runs = await db.Runs.Where(r => r.OwnerId == runner.Id).Include(r => r.Recording).ToListAsync(TestContext.Current.CancellationToken);
        Assert.True(runs.Count >= 12, $"only {runs.Count} sample runs");
        var imported = Assert.Single(runs, r => r.Source == RunSource.Imported);
        Assert.True(imported.Recording!.SampleCount > 1000);
        Assert.InRange(imported.Distance.TotalKilometers, 4, 6);
        Assert.True(imported.HeartRateLoad > 0, "the sample run has heart rate and the demo runner sample heart rates");
        Assert.Equal("Sample loop (synthetic)", imported.Name);
    }

    [Fact]
    public async Task WithoutTheSwitch_NoDemoAccountExists()
    {
        await using var db = plain.Database.NewContext();
        Assert.False(await db.Users.AnyAsync(u => u.IsDemo || u.Email!.EndsWith("@harrier.invalid"), TestContext.Current.CancellationToken));
    }
}
