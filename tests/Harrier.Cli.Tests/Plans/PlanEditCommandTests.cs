using System.Text.Json;
using Harrier.Core.Plans;
using Harrier.Data.Plans;
using Harrier.Import.Fit;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Cli.Tests.Plans;

/// <summary><c>plan times</c>, <c>plan move</c>, <c>plan swap</c> and <c>plan workout</c> on a stored Couch to 5K from 4 January 2027.</summary>
public sealed class PlanEditCommandTests
{
    private static async Task<CliRun> WithPlanAsync()
    {
        var cli = await CliRun.CreateAsync("ana@example.com");
        await using var db = cli.Database.NewContext();
        var ana = await db.Users.SingleAsync(TestContext.Current.CancellationToken);
        var plan = PlanTemplates.Get("nhs-couch-to-5k").Apply(new DateOnly(2027, 1, 4), [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);
        await new RunnerPlans(db, cli.Clock).StartAsync(ana.Id, plan, TestContext.Current.CancellationToken);
        return cli;
    }

    private static async Task<TrainingPlan> PlanAsync(CliRun cli)
    {
        await using var db = cli.Database.NewContext();
        return (await db.Plans.SingleAsync(p => p.IsActive, TestContext.Current.CancellationToken)).Plan;
    }

    [Fact]
    public async Task Times_Set_AreTheSessionsTimesAndAreKeptInTheHistory()
    {
        await using var cli = await WithPlanAsync();

        var (code, output) = await cli.RunAsync("plan", "times", "--user", "ana@example.com", "--set", "mon=06:00,wed=06:00,fri=07:30");

        Assert.Equal(0, code);
        Assert.Contains("Usual session times set: Monday and Wednesday at 06:00, Friday at 07:30.", output, StringComparison.Ordinal);
        var plan = await PlanAsync(cli);
        Assert.Equal([new TimeOnly(6, 0), new TimeOnly(6, 0), new TimeOnly(7, 30)], plan.Workouts.Take(3).Select(plan.TimeOf));
    }

    [Fact]
    public async Task Move_WithAReason_MovesAndWarnsAboutBackToBackRuns()
    {
        await using var cli = await WithPlanAsync();

        var (code, output) = await cli.RunAsync("plan", "move", "--user", "ana@example.com", "--date", "2027-01-06", "--to", "2027-01-07",
            "--time", "06:00", "--reason", "Clients at 06:00", "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("move", json.GetProperty("change").GetProperty("action").GetString());
        Assert.Contains("rest a day between runs", json.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 1, 7), (await PlanAsync(cli)).Workouts[1].Date);
    }

    [Fact]
    public async Task Move_OutOfOrder_IsRefusedAfterItsOptionAndChangesNothing()
    {
        await using var cli = await WithPlanAsync();

        var (code, output) = await cli.RunAsync("plan", "move", "--user", "ana@example.com", "--date", "2027-01-06", "--to", "2027-01-09", "--reason", "Busy");

        Assert.Equal(1, code);
        Assert.Contains("--to: A move keeps your runs in order", output, StringComparison.Ordinal);
        Assert.Empty((await PlanAsync(cli)).Changes);
    }

    [Fact]
    public async Task Swap_TwoSessions_SwapsTheirDays()
    {
        await using var cli = await WithPlanAsync();

        var (code, output) = await cli.RunAsync("plan", "swap", "--user", "ana@example.com", "--date", "2027-01-08", "--with", "2027-01-11", "--reason", "Away");

        Assert.Equal(0, code);
        Assert.Contains("swapped days: Away.", output, StringComparison.Ordinal);
        Assert.Equal("Week 2, run 1", (await PlanAsync(cli)).On(new DateOnly(2027, 1, 8))[0].Workout.Title);
    }

    [Fact]
    public async Task Workout_WritesAFitFileThatDecodesToTheSessionsSteps()
    {
        await using var cli = await WithPlanAsync();
        var path = Path.Combine(cli.Database.DataDirectory, "run.fit");

        var (code, output) = await cli.RunAsync("plan", "workout", "--user", "ana@example.com", "--date", "2027-01-06", "--out", path);

        Assert.Equal(0, code);
        Assert.Contains("Wrote Week 1, run 2", output, StringComparison.Ordinal);
        var decoder = new FitDecoder();
        Assert.True(decoder.Decode(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken)));
        Assert.Equal("Week 1, run 2", decoder.Workout!.Name);
        Assert.Equal(FitWorkoutWriter.Steps((await PlanAsync(cli)).Workouts[1].Workout), decoder.Workout.Steps);
    }

    [Fact]
    public async Task Workout_NoRunThatDay_SaysSo()
    {
        await using var cli = await WithPlanAsync();

        var (code, output) = await cli.RunAsync("plan", "workout", "--user", "ana@example.com", "--date", "2027-01-05");

        Assert.Equal(1, code);
        Assert.Contains("--date: there is no run on 2027-01-05 in the plan.", output, StringComparison.Ordinal);
    }
}
