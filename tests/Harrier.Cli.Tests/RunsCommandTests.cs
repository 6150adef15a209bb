using System.Text.Json;
using Harrier.Core.Runs;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Cli.Tests;

public sealed class RunsCommandTests
{
    [Fact]
    public async Task AddThenList_Json_ShowsTheRunInTheRunnersZone()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");

        var (addCode, addOutput) = await cli.RunAsync("runs", "add", "--user", "ana@example.com", "--date", "2026-07-01", "--time", "06:30",
            "--distance", "5km", "--duration", "32:10", "--rpe", "4", "--surface", "grass", "--notes", "first run", "--json");
        var (listCode, listOutput) = await cli.RunAsync("runs", "list", "--user", "ANA@example.com", "--json");

        Assert.Equal(0, addCode);
        Assert.Equal("manual", JsonDocument.Parse(addOutput).RootElement.GetProperty("source").GetString());
        Assert.Equal(0, listCode);
        var run = Assert.Single(JsonDocument.Parse(listOutput).RootElement.EnumerateArray());
        Assert.Equal("2026-07-01T05:30:00+00:00", run.GetProperty("startTime").GetString());
        Assert.Equal("2026-07-01T06:30:00", run.GetProperty("localStart").GetString());
        Assert.Equal(5000, run.GetProperty("distanceMeters").GetDouble());
        Assert.Equal(1930, run.GetProperty("durationSeconds").GetDouble());
        Assert.Equal("grass", run.GetProperty("surface").GetString());
        Assert.Equal("first run", run.GetProperty("notes").GetString());
        Assert.Equal(Math.Round(4 * 1930 / 60.0, 1), run.GetProperty("load").GetDouble());
    }

    [Fact]
    public async Task Add_Miles_StoresMeters()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");

        var (code, _) = await cli.RunAsync("runs", "add", "--user", "ana@example.com", "--distance", "3.1mi", "--duration", "30:00", "--rpe", "3");

        Assert.Equal(0, code);
        await using var db = cli.Database.NewContext();
        var run = await db.Runs.SingleAsync();
        Assert.Equal(4988.97, run.Distance.Meters, 2);
        Assert.Equal(RunSource.Manual, run.Source);
    }

    [Fact]
    public async Task List_Table_ShowsDistanceAndPace()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");
        await cli.RunAsync("runs", "add", "--user", "ana@example.com", "--date", "2026-11-24", "--time", "06:00", "--distance", "5", "--duration", "30:00", "--rpe", "4");

        var (code, output) = await cli.RunAsync("runs", "list", "--user", "ana@example.com");

        Assert.Equal(0, code);
        Assert.Contains("5.00 km", output, StringComparison.Ordinal);
        Assert.Contains("6:00 /km", output, StringComparison.Ordinal);
        Assert.Contains("1 run(s) for ana@example.com, page 1 of 1 (1 in all).", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_UnknownUser_FailsWithMessage()
    {
        await using var cli = await CliRun.CreateAsync();
        var (code, output) = await cli.RunAsync("runs", "add", "--user", "nobody@example.com", "--distance", "5", "--duration", "30:00", "--rpe", "4");
        Assert.Equal(1, code);
        Assert.Contains("No account with the email nobody@example.com", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--rpe", "11", "--rpe is required: 0 to 10.")]
    [InlineData("--duration", "30:75", "--duration is required")]
    [InlineData("--distance", "five", "--distance is required")]
    [InlineData("--date", "24/11/2026", "--date must be YYYY-MM-DD.")]
    public async Task Add_BadOption_ExplainsAndStoresNothing(string option, string value, string message)
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");
        var args = new Dictionary<string, string> { ["--distance"] = "5", ["--duration"] = "30:00", ["--rpe"] = "4", [option] = value };

        var (code, output) = await cli.RunAsync(["runs", "add", "--user", "ana@example.com", .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.NotEqual(0, code);
        Assert.Contains(message, output, StringComparison.Ordinal);
        await using var db = cli.Database.NewContext();
        Assert.False(await db.Runs.AnyAsync());
    }

    [Fact]
    public async Task Add_ImplausiblePaceOrFuture_IsRefused()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");

        var (fast, fastOutput) = await cli.RunAsync("runs", "add", "--user", "ana@example.com", "--distance", "42.2", "--duration", "30:00", "--rpe", "9");
        var (future, futureOutput) = await cli.RunAsync("runs", "add", "--user", "ana@example.com", "--date", "2026-12-25", "--distance", "5", "--duration", "30:00", "--rpe", "4");

        Assert.Equal(1, fast);
        Assert.Contains("faster than 2:00 per km", fastOutput, StringComparison.Ordinal);
        Assert.Equal(1, future);
        Assert.Contains("in the future", futureOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_OnlyTheNamedRunnersRuns()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com", "ben@example.com");
        await cli.RunAsync("runs", "add", "--user", "ana@example.com", "--distance", "5", "--duration", "30:00", "--rpe", "4");

        var (_, output) = await cli.RunAsync("runs", "list", "--user", "ben@example.com", "--json");

        Assert.Equal("[]", output.Trim());
    }
}
