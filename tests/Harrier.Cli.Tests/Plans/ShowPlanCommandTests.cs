using System.Text.Json;
using Harrier.Core.Plans;
using Harrier.Data.Plans;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Cli.Tests.Plans;

public sealed class ShowPlanCommandTests
{
    [Fact]
    public async Task Show_ActivePlan_PrintsItsDocument()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");
        await using (var db = cli.Database.NewContext())
        {
            var ana = await db.Users.SingleAsync(TestContext.Current.CancellationToken);
            var plan = PlanTemplates.Get("nhs-couch-to-5k").Apply(new DateOnly(2027, 1, 4), [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);
            await new RunnerPlans(db, cli.Clock).StartAsync(ana.Id, plan, TestContext.Current.CancellationToken);
        }

        var (code, output) = await cli.RunAsync("plan", "show", "--user", "ana@example.com", "--json");
        var (tableCode, table) = await cli.RunAsync("plan", "show", "--user", "ana@example.com");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("2027-01-04", json.GetProperty("sessions")[0].GetProperty("date").GetString());
        Assert.True(json.GetProperty("feasible").GetBoolean());
        Assert.Equal(0, tableCode);
        Assert.Contains("NHS Couch to 5K", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_NoPlan_SaysSo()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");
        var (code, output) = await cli.RunAsync("plan", "show", "--user", "ana@example.com");
        Assert.Equal(1, code);
        Assert.Contains("has no plan yet", output, StringComparison.Ordinal);
    }
}
