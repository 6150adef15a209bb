using System.Text.Json;
using Harrier.Core.Activities;
using Harrier.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Cli.Tests;

/// <summary><c>runs list</c> with filters and pages, <c>runs bests</c> and <c>recompute</c>, over the same queries as the web log.</summary>
public sealed class LogCommandsTests
{
    private static async Task<CliRun> RunnerWithRunsAsync()
    {
        var cli = await CliRun.CreateAsync("ana@example.com");
        await cli.RunAsync("runs", "add", "--user", "ana@example.com", "--date", "2019-06-03", "--distance", "10", "--duration", "50:00", "--rpe", "4",
            "--surface", "trail", "--name", "Ridge");
        await cli.RunAsync("runs", "add", "--user", "ana@example.com", "--date", "2019-06-20", "--distance", "21.1", "--duration", "1:50:00", "--rpe", "6");
        await cli.RunAsync("runs", "add", "--user", "ana@example.com", "--date", "2021-05-09", "--distance", "8", "--duration", "45:00", "--rpe", "3");
        await cli.RunAsync("import", "--user", "ana@example.com", Path.Combine(AppContext.BaseDirectory, "TestData", "steady-run.fit"));
        return cli;
    }

    [Fact]
    public async Task List_FromToAndSurface_FilterInTheRunnersDays()
    {
        await using var cli = await RunnerWithRunsAsync();

        var (code, june) = await cli.RunAsync("runs", "list", "--user", "ana@example.com", "--from", "2019-06-01", "--to", "2019-06-30", "--json");
        var (_, trail) = await cli.RunAsync("runs", "list", "--user", "ana@example.com", "--surface", "trail", "--json");
        var (_, imported) = await cli.RunAsync("runs", "list", "--user", "ana@example.com", "--source", "imported", "--json");
        var (_, second) = await cli.RunAsync("runs", "list", "--user", "ana@example.com", "--limit", "2", "--page", "2");

        Assert.Equal(0, code);
        Assert.Equal([21100.0, 10000], JsonDocument.Parse(june).RootElement.EnumerateArray().Select(r => r.GetProperty("distanceMeters").GetDouble()));
        Assert.Equal("Ridge", Assert.Single(JsonDocument.Parse(trail).RootElement.EnumerateArray()).GetProperty("name").GetString());
        var run = Assert.Single(JsonDocument.Parse(imported).RootElement.EnumerateArray());
        Assert.Equal(("none", "imported"), (run.GetProperty("loadBasis").GetString(), run.GetProperty("source").GetString()));
        Assert.Contains("2 run(s) for ana@example.com, page 2 of 2 (4 in all).", second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "June", "--from must be YYYY-MM-DD.")]
    [InlineData("--page", "0", "--page at least 1")]
    [InlineData("--shoe", "Clouds", "has no shoes called")]
    public async Task List_BadFilter_Explains(string option, string value, string message)
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");

        var (code, output) = await cli.RunAsync("runs", "list", "--user", "ana@example.com", option, value);

        Assert.NotEqual(0, code);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ToBeforeFrom_IsRefused()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");

        var (code, output) = await cli.RunAsync("runs", "list", "--user", "ana@example.com", "--from", "2020-01-01", "--to", "2019-01-01");

        Assert.NotEqual(0, code);
        Assert.Contains("--to must not be before --from.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bests_Json_GiveTheFastestKilometreFromTheRecordingAndTheLongestRun()
    {
        await using var cli = await RunnerWithRunsAsync();

        var (code, output) = await cli.RunAsync("runs", "bests", "--user", "ana@example.com", "--json");
        var (_, table) = await cli.RunAsync("runs", "bests", "--user", "ana@example.com");

        Assert.Equal(0, code);
        var bests = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
        Assert.Equal("1km", bests[0].GetProperty("kind").GetString());
        Assert.Equal(("longest-run", 21100.0), (bests[^1].GetProperty("kind").GetString(), bests[^1].GetProperty("distanceMeters").GetDouble()));
        Assert.Contains("Fastest 1 km", table, StringComparison.Ordinal);
        Assert.Contains("Longest run", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recompute_MetricsFromAnOlderVersion_AreComputedAgainFromTheOriginal()
    {
        await using var cli = await RunnerWithRunsAsync();
        RunMetrics current;
        await using (var db = cli.Database.NewContext())
        {
            var recording = await db.RunRecordings.SingleAsync(TestContext.Current.CancellationToken);
            current = recording.Metrics;
            recording.Metrics = new RunMetrics { Version = 0, MovingTime = current.MovingTime };
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var (code, output) = await cli.RunAsync("recompute", "--user", "ana@example.com");
        var (again, json) = await cli.RunAsync("recompute", "--all", "--json");

        Assert.Equal((0, 0), (code, again));
        Assert.Contains("1 recomputed with formulas version 1, 0 already up to date, 0 left as they were.", output, StringComparison.Ordinal);
        Assert.Equal((0, 1), (JsonDocument.Parse(json).RootElement.GetProperty("recomputed").GetInt32(),
            JsonDocument.Parse(json).RootElement.GetProperty("upToDate").GetInt32()));
        await using var read = cli.Database.NewContext();
        var stored = (await read.RunRecordings.SingleAsync(TestContext.Current.CancellationToken)).Metrics;
        Assert.Equal(RunMetrics.CurrentVersion, stored.Version);
        Assert.Equal(current.KilometerSplits, stored.KilometerSplits);
        Assert.Equal(current.Best1Kilometer, stored.Best1Kilometer);
    }

    [Fact]
    public async Task Recompute_NeitherUserNorAll_IsRefused()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");

        var (code, output) = await cli.RunAsync("recompute");

        Assert.NotEqual(0, code);
        Assert.Contains("Give either --user EMAIL or --all.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recompute_OriginalThatNoLongerGivesTheRun_IsListedAndLeftAlone()
    {
        await using var cli = await RunnerWithRunsAsync();
        await using (var db = cli.Database.NewContext())
        {
            var original = await db.RunOriginals.SingleAsync(TestContext.Current.CancellationToken);
            original.Stored = OriginalFile.Store("x.fit", "not a FIT file"u8.ToArray());
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var (code, output) = await cli.RunAsync("recompute", "--all", "--force");

        Assert.Equal(2, code);
        Assert.Contains("left as it was steady-run.fit", output, StringComparison.Ordinal);
    }
}
