using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Harrier.Core.Exercises;
using Harrier.Data.GroupRuns;
using Harrier.Data.Plans;
using Harrier.Tests.Web;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Tests;

/// <summary>
/// The demo coach and demo runner of a demo server, each signed in through the login page with a cookie, and real ids from
/// their sample data to fill route parameters with. Made once per server; tests read through it and change nothing.
/// </summary>
internal sealed class DemoVisit
{
    public const string CoachEmail = "demo-coach@harrier.invalid";
    public const string RunnerEmail = "demo-runner@harrier.invalid";
    private const string Password = "demo visit password";

    private static readonly ConditionalWeakTable<HarrierServer, Task<DemoVisit>> Visits = [];

    private DemoVisit(HttpClient runner, HttpClient coach) => (Runner, Coach) = (runner, coach);

    public HttpClient Runner { get; }

    public HttpClient Coach { get; }

    /// <summary>Route values by what they name: <c>run</c>, <c>shoe</c>, <c>remedy</c>, <c>group-run</c>, <c>runner</c>, <c>day</c>, …</summary>
    public Dictionary<string, string> Ids { get; } = [];

    public static Task<DemoVisit> OfAsync(HarrierServer server) => Visits.GetValue(server, StartAsync);

    private static async Task<DemoVisit> StartAsync(HarrierServer server)
    {
        var visit = new DemoVisit(await SignInAsync(server, RunnerEmail), await SignInAsync(server, CoachEmail));
        await using var db = server.Database.NewContext();
        var runner = await db.Users.SingleAsync(u => u.Email == RunnerEmail);
        var coach = await db.Users.SingleAsync(u => u.Email == CoachEmail);
        var today = runner.Today(TimeProvider.System);
        visit.Ids["runner"] = runner.Id;
        visit.Ids["run"] = Id(await db.Runs.Where(r => r.OwnerId == runner.Id && r.Recording != null).Select(r => r.Id).FirstAsync());
        visit.Ids["import-job"] = Id(await db.ImportJobs.Where(j => j.OwnerId == runner.Id).Select(j => j.Id).FirstAsync());
        visit.Ids["shoe"] = Id(await db.Shoes.Where(s => s.OwnerId == runner.Id).Select(s => s.Id).FirstAsync());
        var plan = await new RunnerPlans(db, TimeProvider.System).ActiveAsync(runner.Id, CancellationToken.None)
            ?? throw new InvalidOperationException("The demo runner has no plan.");
        var sessions = plan.Plan.Weeks.SelectMany(w => w.Workouts).Where(w => w.Workout.IsRunning).ToArray();
        visit.Ids["day"] = (sessions.FirstOrDefault(s => s.Date >= today) ?? sessions[^1]).Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var groupRuns = await new CoachGroupRuns(db, TimeProvider.System).ListAsync(coach.Id, coach.Today(TimeProvider.System), 20, CancellationToken.None);
        visit.Ids["group-run"] = Id(groupRuns[0].Run.Id);
        visit.Ids["exercise"] = ExerciseLibrary.All[0].Id;
        visit.Ids["instrument"] = "start-back";
        visit.Ids["openapi-document"] = "v1";
        visit.Ids["remedy"] = await StartRemedyAsync(visit.Runner, today);
        visit.Ids["code"] = await InviteAsync(visit.Coach);
        visit.Ids["token"] = await CalendarTokenAsync(server, visit.Runner, runner.Id);
        return visit;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<HttpClient> SignInAsync(HarrierServer server, string email)
    {
        await server.SetPasswordAsync(email, Password);
        var client = server.NewClient();
        using var response = await client.SubmitAsync("/account/login", "login",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<string> StartRemedyAsync(HttpClient runner, DateOnly today)
    {
        using var response = await runner.PostAsJsonAsync("/api/remedies", new { exerciseId = "hip-flexor-stretch", start = today, periodDays = 7, pairs = 2 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Id((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
    }

    /// <summary>A fresh invitation's code, as its join link carries it.</summary>
    private static async Task<string> InviteAsync(HttpClient coach)
    {
        // An empty JSON body: a bodiless POST with the sign-in cookie looks like another site's form and is refused.
        using var response = await coach.PostAsync("/api/coach/invitations", JsonContent.Create(new { }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var link = new Uri((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!);
        return link.Segments[^1];
    }

    /// <summary>Turns on the runner's calendar subscription through the plan page's form and returns its token.</summary>
    private static async Task<string> CalendarTokenAsync(HarrierServer server, HttpClient runner, string runnerId)
    {
        using var response = await runner.SubmitAsync("/plan", "feed", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = server.Database.NewContext();
        return await db.Users.Where(u => u.Id == runnerId).Select(u => u.CalendarToken).SingleAsync()
            ?? throw new InvalidOperationException("The calendar form made no token.");
    }
}
