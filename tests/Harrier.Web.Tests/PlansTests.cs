using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;
using IcalCalendar = Ical.Net.Calendar;

namespace Harrier.Web.Tests;

public sealed class PlansTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    /// <summary>Couch to 5K on the start's weekday and every second day after it, so the first session is on the start date.</summary>
    private static object Couch(DateOnly start) => new
    {
        template = "nhs-couch-to-5k", start,
        days = new[] { start.DayOfWeek, start.AddDays(2).DayOfWeek, start.AddDays(4).DayOfWeek }.Select(d => d.ToString()).ToArray(),
    };

    private static async Task<HttpClient> RunnerWithPlanAsync(HarrierServer server, DateOnly start)
    {
        var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        using var created = await client.PostAsJsonAsync("/api/plans", Couch(start));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return client;
    }

    [Fact]
    public async Task Templates_ListThePublishedProgrammesWithSources()
    {
        using var client = server.NewClient();
        var templates = await client.GetFromJsonAsync<JsonElement>("/api/plans/templates");
        var ids = templates.EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToArray();
        Assert.Contains("nhs-couch-to-5k", ids);
        Assert.Contains("buds-category-1", ids);
        Assert.All(templates.EnumerateArray(), t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("source").GetString())));
    }

    [Fact]
    public async Task Preview_ThreadScenario_IsFeasibleWithCheckpointsAndNothingSaved()
    {
        using var client = await Api.RunnerAsync(server);
        var start = Today.AddDays(7);
        using var response = await client.PostAsJsonAsync("/api/plans/preview",
            new { goal = "5k", start, by = start.AddDays(70), days = new[] { "Monday", "Wednesday", "Friday" }, current = "none" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(plan.GetProperty("feasible").GetBoolean());
        Assert.Contains(plan.GetProperty("sessions").EnumerateArray(), s => s.GetProperty("checkpoint").GetBoolean());
        using var active = await client.GetAsync("/api/plans/active");
        Assert.Equal(HttpStatusCode.NotFound, active.StatusCode);
    }

    [Fact]
    public async Task Start_BadRequest_IsValidationProblemPerField()
    {
        using var client = await Api.RunnerAsync(server);
        using var response = await client.PostAsJsonAsync("/api/plans", new { template = "no-such-plan", start = Today.AddDays(-3), days = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("template", out _));
        Assert.True(errors.TryGetProperty("start", out _));
        Assert.False(errors.TryGetProperty("days", out _)); // PlanInput's rule: a template without days uses its own
    }

    [Fact]
    public async Task SkippedRun_MovesToTheNextTrainingDayAndSaysWhy()
    {
        using var client = await RunnerWithPlanAsync(server, Today);
        var plan = (await client.GetFromJsonAsync<JsonElement>("/api/plans/active")).GetProperty("plan");
        var first = plan.GetProperty("sessions")[0].GetProperty("date").GetString()!;

        using var response = await client.PostAsJsonAsync("/api/plans/active/outcomes", new { date = first, result = "Skipped" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Nothing is skipped", result.GetProperty("change").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(Today, DateOnly.Parse(result.GetProperty("change").GetProperty("on").GetString()!, CultureInfo.InvariantCulture)); // the runner's day, not the next
        var sessions = result.GetProperty("plan").GetProperty("sessions").EnumerateArray().ToArray();
        Assert.Equal("Week 1, run 1", sessions.First(s => s.GetProperty("runSeconds").GetInt32() > 0).GetProperty("title").GetString());
        Assert.True(DateOnly.Parse(sessions.First(s => s.GetProperty("runSeconds").GetInt32() > 0).GetProperty("date").GetString()!, CultureInfo.InvariantCulture)
            > DateOnly.Parse(first, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task HurtAboveFive_EasesTheNextSessionWithTheModelNamed()
    {
        using var client = await RunnerWithPlanAsync(server, Today);
        var first = (await client.GetFromJsonAsync<JsonElement>("/api/plans/active")).GetProperty("plan").GetProperty("sessions")[0].GetProperty("date").GetString();

        using var response = await client.PostAsJsonAsync("/api/plans/active/outcomes", new { date = first, result = "Hurt", painDuringRun = 7 });

        var change = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("change");
        Assert.Equal("reduce", change.GetProperty("action").GetString());
        Assert.StartsWith("Adapted from the pain-monitoring model (Silbernagel 2007)", change.GetProperty("basis").GetString(), StringComparison.Ordinal);
        var active = await client.GetFromJsonAsync<JsonElement>("/api/plans/active");
        Assert.Equal(7, active.GetProperty("outcomes")[0].GetProperty("painDuringRun").GetInt32());
    }

    [Fact]
    public async Task Hurt_WithoutPainScore_AsksForIt()
    {
        using var client = await RunnerWithPlanAsync(server, Today);
        using var response = await client.PostAsJsonAsync("/api/plans/active/outcomes", new { date = Today, result = "Hurt" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("painDuringRun", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_DownloadAndFeed_ParseBackWithOneEventPerSession()
    {
        using var client = await RunnerWithPlanAsync(server, Today.AddDays(1));
        var sessions = (await client.GetFromJsonAsync<JsonElement>("/api/plans/active")).GetProperty("plan").GetProperty("sessions").EnumerateArray()
            .Where(s => s.GetProperty("kind").GetString() != "rest").ToArray();

        var download = IcalCalendar.Load(await client.GetStringAsync("/api/plans/active.ics"))!;
        Assert.Equal(sessions.Length, download.Events.Count);
        Assert.Equal("Etc/UTC", download.Properties["X-WR-TIMEZONE"]?.Value);
        var firstDate = DateOnly.Parse(sessions[0].GetProperty("date").GetString()!, CultureInfo.InvariantCulture);
        var firstEvent = download.Events.OrderBy(e => e.DtStart!.Value).First();
        Assert.Equal(firstDate, DateOnly.FromDateTime(firstEvent.DtStart!.Value));
        Assert.False(firstEvent.DtStart!.HasTime);

        using var created = await client.PostAsync("/api/plans/calendar-feed", null);
        var url = new Uri((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!);
        using var anonymous = server.NewClient();
        var feed = IcalCalendar.Load(await anonymous.GetStringAsync(url.PathAndQuery))!;
        Assert.Equal(sessions.Length, feed.Events.Count);

        using var revoked = await client.DeleteAsync("/api/plans/calendar-feed");
        using var gone = await anonymous.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var guessed = await anonymous.GetAsync("/calendar/" + new string('a', 64) + ".ics");
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    [Fact]
    public async Task OtherRunner_SeesNoPlanAndCannotAnswerForIt()
    {
        using var ana = await RunnerWithPlanAsync(server, Today);
        using var ben = await Api.RunnerAsync(server, "ben");

        using var active = await ben.GetAsync("/api/plans/active");
        using var answer = await ben.PostAsJsonAsync("/api/plans/active/outcomes", new { date = Today, result = "Skipped" });

        Assert.Equal(HttpStatusCode.NotFound, active.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal(0, (await ana.GetFromJsonAsync<JsonElement>("/api/plans/active")).GetProperty("outcomes").GetArrayLength());
    }

    [Fact]
    public async Task WizardPage_PreviewThenStart_ShowsThePlan()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "wizard");
        var start = Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var preview = await browser.SubmitAsync("/plan/new", "plan", new Dictionary<string, string> { ["Input.Start"] = start, ["Input.Action"] = "preview" });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Preview: NHS Couch to 5K", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var started = await browser.SubmitAsync("/plan/new", "plan", new Dictionary<string, string> { ["Input.Start"] = start, ["Input.Action"] = "start" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var plan = await browser.GetPageAsync("/plan");
        Assert.Equal("NHS Couch to 5K", plan.QuerySelector("h1")!.TextContent);
    }
}
