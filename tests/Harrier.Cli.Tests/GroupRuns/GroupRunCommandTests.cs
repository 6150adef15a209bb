using System.Text.Json;
using Harrier.Core.Coaching;
using Harrier.Core.Plans;
using Harrier.Data.Coaching;
using Harrier.Data.GroupRuns;
using Harrier.Data.Plans;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Cli.Tests.GroupRuns;

/// <summary><c>harrier group-run create|list|sheet</c> over a real database, with the same validation as the web and the API.</summary>
public sealed class GroupRunCommandTests
{
    private static readonly DateOnly Friday = new(2026, 11, 27);

    [Fact]
    public async Task CreateListSheet_EachClientTheirOwnSession()
    {
        await using var cli = await CliRun.CreateAsync("sam@example.com", "ana@example.com", "ben@example.com");
        await cli.MakeCoachAsync("sam@example.com");
        var ana = await ClientWithPlanAsync(cli, "ana@example.com", new DateOnly(2026, 11, 23));
        var ben = await ClientWithPlanAsync(cli, "ben@example.com", new DateOnly(2026, 10, 12));
        var route = Path.Combine(cli.Database.DataDirectory, "loop.gpx");
        await File.WriteAllTextAsync(route, """<gpx><rte><name>Park loop</name><rtept lat="51.5362" lon="-0.0410"/><rtept lat="51.5400" lon="-0.0350"/></rte></gpx>""");

        var (code, json) = await cli.RunAsync("group-run", "create", "--coach", "sam@example.com", "--date", "2026-11-27", "--time", "06:00",
            "--place", "Victoria Park", "--lat", "51.5362", "--lon", "-0.0410", "--zone", "Europe/London", "--invite", "ana@example.com,ben@example.com",
            "--route", route, "--json");

        Assert.Equal(0, code);
        var created = JsonDocument.Parse(json).RootElement[0];
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("Park loop", created.GetProperty("route").GetProperty("name").GetString());
        Assert.True(created.GetProperty("dark").GetBoolean());
        await AnswerYesAsync(cli, id, ana, ben);

        var (listCode, list) = await cli.RunAsync("group-run", "list", "--coach", "sam@example.com");
        Assert.Equal(0, listCode);
        Assert.Contains("Victoria Park", list, StringComparison.Ordinal);

        var (sheetCode, sheetJson) = await cli.RunAsync("group-run", "sheet", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--coach", "sam@example.com", "--json");
        Assert.Equal(0, sheetCode);
        var lines = JsonDocument.Parse(sheetJson).RootElement.GetProperty("lines").EnumerateArray()
            .ToDictionary(l => l.GetProperty("name").GetString()!, l => l.GetProperty("summary").GetString());
        Assert.Equal("8 × (1:00 run, 1:30 walk)", lines["ana@example.com"]);
        Assert.Equal("25:00 run", lines["ben@example.com"]);

        var (_, text) = await cli.RunAsync("group-run", "sheet", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--coach", "sam@example.com");
        Assert.Contains("Group back at 06:35", text, StringComparison.Ordinal);
        Assert.Contains("Starts in the dark", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_BadOptions_NamedByOption_NothingStored()
    {
        await using var cli = await CliRun.CreateAsync("sam@example.com", "ana@example.com");
        await cli.MakeCoachAsync("sam@example.com");

        var (code, output) = await cli.RunAsync("group-run", "create", "--coach", "sam@example.com", "--date", "27/11/2026", "--time", "6am",
            "--place", "Park", "--lat", "95", "--lon", "0", "--zone", "Mars/Olympus");
        var (strangerCode, stranger) = await cli.RunAsync("group-run", "create", "--coach", "sam@example.com", "--date", "2026-11-27", "--time", "06:00",
            "--place", "Park", "--lat", "51.5", "--lon", "0", "--invite", "ana@example.com");
        var (sheetCode, missing) = await cli.RunAsync("group-run", "sheet", "42", "--coach", "sam@example.com");

        Assert.Equal((1, 1, 1), (code, strangerCode, sheetCode));
        foreach (var option in new[] { "--date", "--time", "--lat", "--zone" })
        {
            Assert.Contains(option + ":", output, StringComparison.Ordinal);
        }

        Assert.Contains("ana@example.com is not one of your clients", stranger, StringComparison.Ordinal);
        Assert.Contains("You have no group run 42", missing, StringComparison.Ordinal);
        await using var db = cli.Database.NewContext();
        Assert.Empty(await db.GroupRuns.ToListAsync());
    }

    private static async Task<string> ClientWithPlanAsync(CliRun cli, string email, DateOnly start)
    {
        await using var db = cli.Database.NewContext();
        var coach = await db.Users.SingleAsync(u => u.Email == "sam@example.com");
        var runner = await db.Users.SingleAsync(u => u.Email == email);
        var invitations = new Invitations(db, cli.Clock);
        var (_, code) = await invitations.CreateAsync(coach.Id, CancellationToken.None);
        await invitations.AcceptAsync(code, runner.Id, SharingScope.Training, CancellationToken.None);
        var plan = PlanTemplates.Get("nhs-couch-to-5k").Apply(start, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);
        await new RunnerPlans(db, cli.Clock).StartAsync(runner.Id, plan, CancellationToken.None);
        return runner.Id;
    }

    private static async Task AnswerYesAsync(CliRun cli, int id, params string[] runners)
    {
        await using var db = cli.Database.NewContext();
        foreach (var runner in runners)
        {
            Assert.True(await new RunnerGroupRuns(db, cli.Clock).AnswerAsync(runner, id, RsvpAnswer.Yes, CancellationToken.None));
        }

        Assert.Equal(Friday, (await db.GroupRuns.SingleAsync(r => r.Id == id)).LocalDate);
    }
}
