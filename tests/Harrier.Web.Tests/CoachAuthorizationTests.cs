using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Tests;

/// <summary>
/// Every coach endpoint and page about a client, for: anonymous, runner A, runner B, A's coach with each scope, another coach, and
/// A's coach after the link ended. What must be refused is refused (401/403 for who is not a coach, 404 for a coach without the
/// access, exactly like a runner who does not exist), and refused requests change nothing.
/// </summary>
public sealed class CoachAuthorizationTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    // Every plan here (the runner's and the one a coach sets) has a session today, whatever day the test runs on.
    private static string[] PlanDays => new[] { Today, Today.AddDays(2), Today.AddDays(4) }
        .Select(d => d.DayOfWeek.ToString().ToLowerInvariant()).ToArray();

    public enum Who { Anonymous, RunnerA, RunnerB, HealthCoach, TrainingCoach, OtherCoach, EndedCoach }

    [Fact]
    public async Task Matrix_EveryEndpointAndPage_RefusedWhereItMustBeAndNothingChanges()
    {
        var world = await WorldAsync();
        var problems = new List<string>();
        foreach (var who in Enum.GetValues<Who>())
        {
            foreach (var (method, path, body, scope) in Endpoints(world))
            {
                var before = await CountsAsync();
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (body is not null)
                {
                    request.Content = JsonContent.Create(body);
                }

                using var response = await world.Clients[who].SendAsync(request);
                var expected = Expected(who, scope, method, path.StartsWith("/coach/", StringComparison.Ordinal));
                var status = (int)response.StatusCode;
                if (expected.Contains(status) is false)
                {
                    problems.Add($"{who} {method} {path}: {status}, expected {string.Join("/", expected)}");
                }

                if (status >= 300 && before != await CountsAsync())
                {
                    problems.Add($"{who} {method} {path} was refused but changed data");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task ClientPage_NotAClient_Answers404LikeARunnerThatDoesNotExist()
    {
        var world = await WorldAsync();
        using var stranger = await CoachBrowserAsync("stranger");

        using var real = await stranger.GetAsync($"/coach/clients/{world.RunnerA}");
        using var missing = await stranger.GetAsync("/coach/clients/no-such-runner");

        Assert.Equal(HttpStatusCode.NotFound, real.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await real.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthViews_RecordedForTheRunnerToSee_TrainingCoachNeverSeesHealth()
    {
        var world = await WorldAsync();

        using var pain = await world.Clients[Who.HealthCoach].GetAsync($"/api/coach/clients/{world.RunnerA}/pain");
        using var refused = await world.Clients[Who.TrainingCoach].GetAsync($"/api/coach/clients/{world.RunnerA}/pain");
        var log = await world.Clients[Who.RunnerA].GetFromJsonAsync<JsonElement>("/api/coaches/access-log");

        Assert.Equal(HttpStatusCode.OK, pain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var views = log.EnumerateArray().Select(v => (v.GetProperty("coach").GetString(), v.GetProperty("words").GetString())).ToArray();
        Assert.Contains(("healthcoach", "pain journal"), views);
        Assert.DoesNotContain(views, v => v.Item1 == "trainingcoach");
    }

    private static int[] Expected(Who who, Scope scope, string method, bool page) => who switch
    {
        Who.Anonymous => page ? [302] : [401],
        Who.RunnerA or Who.RunnerB => page ? [302, 403, 404] : [403],
        Who.OtherCoach or Who.EndedCoach => [404],
        Who.TrainingCoach when scope == Scope.Health => [404],
        _ => method == "POST" ? [200, 201] : [200],
    };

    public enum Scope { Training, Health }

    private static (string Method, string Path, object? Body, Scope Scope)[] Endpoints(World world)
    {
        var a = world.RunnerA;
        return
        [
            ("GET", $"/api/coach/clients/{a}/log/weeks", null, Scope.Training),
            ("GET", $"/api/coach/clients/{a}/plan", null, Scope.Training),
            ("GET", $"/api/coach/clients/{a}/load", null, Scope.Training),
            ("GET", $"/api/coach/clients/{a}/comments?target=run&key={world.RunId}", null, Scope.Training),
            ("POST", $"/api/coach/clients/{a}/comments", new { target = "run", targetKey = world.RunId.ToString(System.Globalization.CultureInfo.InvariantCulture), text = "Nice run" }, Scope.Training),
            ("POST", $"/api/coach/clients/{a}/comments", new { target = "session", targetKey = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text = "Go easy" }, Scope.Training),
            ("GET", $"/api/coach/clients/{a}/pain", null, Scope.Health),
            ("GET", $"/api/coach/clients/{a}/intake", null, Scope.Health),
            ("GET", $"/api/coach/clients/{a}/comments?target=pain-entry&key={world.EntryId}", null, Scope.Health),
            ("POST", $"/api/coach/clients/{a}/comments", new { target = "pain-entry", targetKey = world.EntryId.ToString(System.Globalization.CultureInfo.InvariantCulture), text = "How is it?" }, Scope.Health),
            ("POST", $"/api/coach/clients/{a}/intake", new { parQ = new Dictionary<string, bool>(), history = new { } }, Scope.Health),
            ("GET", $"/coach/clients/{a}", null, Scope.Training),
            ("GET", $"/coach/clients/{a}/load", null, Scope.Training),
            ("GET", $"/coach/clients/{a}/plan/new", null, Scope.Training),
            ("POST", $"/api/coach/clients/{a}/plan", new { template = "nhs-couch-to-5k", start = Today, days = PlanDays }, Scope.Training),
            ("GET", $"/coach/clients/{a}/intake", null, Scope.Health),
        ];
    }

    private async Task<(int Comments, int Intakes, int Links, int Plans)> CountsAsync()
    {
        await using var db = server.Database.NewContext();
        return (await db.Comments.CountAsync(), await db.Intakes.CountAsync(), await db.CoachLinks.CountAsync(l => l.EndedUtc == null), await db.Plans.CountAsync());
    }

    private sealed record World(string RunnerA, int RunId, int EntryId, Dictionary<Who, HttpClient> Clients);

    private async Task<World> WorldAsync()
    {
        var (runnerA, aId) = await RunnerAsync("runnera");
        var (runnerB, _) = await RunnerAsync("runnerb");
        using var plan = await runnerA.PostAsJsonAsync("/api/plans", new
        {
            template = "nhs-couch-to-5k", start = Today,
            days = PlanDays,
        });
        Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
        var run = await Api.CreateRunAsync(runnerA, Api.Run(TimeProvider.System.GetUtcNow().AddHours(-2)));
        using var entry = await runnerA.PostAsJsonAsync("/api/pain/entries", new { day = Today, region = "lower-back", side = "right", afterRun = 3 });
        var entryId = (await entry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var health = await CoachWithLinkAsync("healthcoach", runnerA, "training-and-health");
        var training = await CoachWithLinkAsync("trainingcoach", runnerA, "training");
        var other = (await CoachAsync("othercoach")).Client;
        var ended = await CoachWithLinkAsync("endedcoach", runnerA, "training-and-health");
        using (var end = await ended.DeleteAsync($"/api/coach/clients/{aId}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, end.StatusCode);
        }

        return new World(aId, run.GetProperty("id").GetInt32(), entryId, new Dictionary<Who, HttpClient>
        {
            [Who.Anonymous] = server.NewClient(), [Who.RunnerA] = runnerA, [Who.RunnerB] = runnerB, [Who.HealthCoach] = health,
            [Who.TrainingCoach] = training, [Who.OtherCoach] = other, [Who.EndedCoach] = ended,
        });
    }

    private async Task<HttpClient> CoachWithLinkAsync(string who, HttpClient runner, string scope)
    {
        var (coach, _) = await CoachAsync(who);
        using var invite = await coach.PostAsync("/api/coach/invitations", null);
        var code = (await invite.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
        using var accept = await runner.PostAsJsonAsync("/api/coaches", new { code, scope });
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        return coach;
    }

    private async Task<(HttpClient Client, string Id)> RunnerAsync(string who)
    {
        var client = await Api.RunnerAsync(server, who);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        return (client, me.GetProperty("id").GetString()!);
    }

    /// <summary>Registers an account, makes it a coach named <paramref name="who"/>, and signs in again so the role counts.</summary>
    internal async Task<(HttpClient Client, string Email)> CoachAsync(string who)
    {
        var client = server.NewClient();
        var email = Api.NewEmail(who);
        using var register = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Api.Password, timeZone = "Europe/London" });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Api.LogInAsync(client, email, Api.Password));
        using var coach = await client.PutAsJsonAsync("/api/me", new { displayName = who, coach = true });
        Assert.Equal(HttpStatusCode.OK, coach.StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Api.LogInAsync(client, email, Api.Password));
        return (client, email);
    }

    private async Task<HttpClient> CoachBrowserAsync(string who)
    {
        var (_, email) = await CoachAsync(who);
        var browser = server.NewClient();
        using var login = await browser.SubmitAsync("/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Api.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return browser;
    }
}
