using System.Text.Json;
using Harrier.Core.Coaching;
using Harrier.Core.Intake;
using Harrier.Data.Coaching;
using Harrier.Data.Intake;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Cli.Tests.Coaching;

/// <summary><c>harrier coach invite|clients|roster</c> and <c>harrier intake show</c> over a real database.</summary>
public sealed class CoachCommandTests
{
    [Fact]
    public async Task Invite_PrintsACodeThatARunnerCanAccept()
    {
        await using var cli = await CliRun.CreateAsync("sam@example.com", "ana@example.com");
        await cli.MakeCoachAsync("sam@example.com");

        var (code, output) = await cli.RunAsync("coach", "invite", "--coach", "sam@example.com", "--json");

        Assert.Equal(0, code);
        var invitation = JsonDocument.Parse(output).RootElement;
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$", invitation.GetProperty("code").GetString());
        Assert.EndsWith("/join/" + invitation.GetProperty("code").GetString()!.Replace("-", "", StringComparison.Ordinal), invitation.GetProperty("link").GetString(),
            StringComparison.Ordinal);
        await using var db = cli.Database.NewContext();
        var ana = await db.Users.SingleAsync(u => u.Email == "ana@example.com");
        Assert.NotNull(await new Invitations(db, cli.Clock).AcceptAsync(invitation.GetProperty("code").GetString()!, ana.Id, SharingScope.Training, CancellationToken.None));
    }

    [Fact]
    public async Task ClientsAndRoster_ListTheClientsWithWhatTheyShareAndWhoNeedsAttention()
    {
        await using var cli = await CliRun.CreateAsync("sam@example.com", "ana@example.com", "ben@example.com");
        await cli.MakeCoachAsync("sam@example.com");
        await LinkAsync(cli, "ana@example.com", SharingScope.TrainingAndHealth);
        await LinkAsync(cli, "ben@example.com", SharingScope.Training);

        var (clientsCode, clients) = await cli.RunAsync("coach", "clients", "--coach", "sam@example.com", "--json");
        var (rosterCode, roster) = await cli.RunAsync("coach", "roster", "--coach", "sam@example.com", "--json");
        var (textCode, text) = await cli.RunAsync("coach", "roster", "--coach", "sam@example.com");

        Assert.Equal((0, 0, 0), (clientsCode, rosterCode, textCode));
        var scopes = JsonDocument.Parse(clients).RootElement.EnumerateArray().Select(c => c.GetProperty("scope").GetString()).Order();
        Assert.Equal(["training", "training-and-health"], scopes);
        var rows = JsonDocument.Parse(roster).RootElement.EnumerateArray().ToArray();
        Assert.All(rows, r => Assert.Equal("intake-due", r.GetProperty("attention").GetString()));
        Assert.Contains("not shared", text, StringComparison.Ordinal);
        Assert.Contains("Intake due", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntakeShow_StatusLatestOutcomeAndHistory()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");
        await using (var db = cli.Database.NewContext())
        {
            var ana = await db.Users.SingleAsync();
            var allNo = ParQForm.Shipped.Questions.Select(q => q.Id).Concat(ParQForm.Shipped.Delay.Select(d => d.Id)).ToDictionary(id => id, _ => false);
            await new RunnerIntake(db, cli.Clock).SaveAsync(ana.Id, ana.Id, allNo,
                new ActivityHistory { RegularExerciser = true, KnownDisease = true, TargetIntensity = ExerciseIntensity.Vigorous },
                DateOnly.FromDateTime(CliRun.Now.UtcDateTime), CancellationToken.None);
        }

        var (code, json) = await cli.RunAsync("intake", "show", "--user", "ana@example.com", "--json");
        var (_, text) = await cli.RunAsync("intake", "show", "--user", "ana@example.com");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal("clearance-before-vigorous", root.GetProperty("latest").GetProperty("verdict").GetString());
        Assert.Contains("medical clearance recommended before vigorous running", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCoach_SaysSoAndFails()
    {
        await using var cli = await CliRun.CreateAsync();

        var (code, output) = await cli.RunAsync("coach", "roster", "--coach", "nobody@example.com");

        Assert.Equal(1, code);
        Assert.Contains("No account with the email nobody@example.com", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotACoach_RefusedByEveryCoachCommand()
    {
        await using var cli = await CliRun.CreateAsync("priya@example.com");

        foreach (var command in new[] { "invite", "clients", "roster" })
        {
            var (code, output) = await cli.RunAsync("coach", command, "--coach", "priya@example.com");
            Assert.Equal(1, code);
            Assert.Contains("priya@example.com is not a coach account", output, StringComparison.Ordinal);
        }

        await using var db = cli.Database.NewContext();
        Assert.Empty(await db.CoachInvitations.ToListAsync());
    }

    private static async Task LinkAsync(CliRun cli, string runnerEmail, SharingScope scope)
    {
        await using var db = cli.Database.NewContext();
        var coach = await db.Users.SingleAsync(u => u.Email == "sam@example.com");
        var runner = await db.Users.SingleAsync(u => u.Email == runnerEmail);
        var invitations = new Invitations(db, cli.Clock);
        var (_, code) = await invitations.CreateAsync(coach.Id, CancellationToken.None);
        await invitations.AcceptAsync(code, runner.Id, scope, CancellationToken.None);
    }
}
