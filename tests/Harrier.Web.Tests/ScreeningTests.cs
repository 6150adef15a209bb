using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Core.Screening;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

public sealed class ScreeningTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    private static Dictionary<string, bool> AllNo() => RedFlagRules.Questions.ToDictionary(q => q.Id, _ => false);

    [Fact]
    public async Task Api_SaddleNumbness_IsAnEmergencyAndPausesThePlan()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        using var plan = await client.PostAsJsonAsync("/api/plans", new
        {
            template = "nhs-couch-to-5k", start = Today,
            days = new[] { Today.DayOfWeek, Today.AddDays(2).DayOfWeek, Today.AddDays(4).DayOfWeek }.Select(d => d.ToString()).ToArray(),
        });
        var answers = AllNo();
        answers["saddle-numbness"] = true;

        using var response = await client.PostAsJsonAsync("/api/screening/red-flags", new { answers, age = 24 });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("emergency", body.GetProperty("warningSigns").GetProperty("urgency").GetString());
        Assert.Equal("Get emergency help now", body.GetProperty("warningSigns").GetProperty("heading").GetString());
        Assert.True(body.GetProperty("planSuspended").GetBoolean());
        Assert.Contains(body.GetProperty("warningSigns").GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "saddle-numbness");
        var active = await client.GetFromJsonAsync<JsonElement>("/api/plans/active");
        Assert.True(active.GetProperty("plan").GetProperty("suspended").GetBoolean());
        var history = await client.GetFromJsonAsync<JsonElement>("/api/screening/red-flags");
        Assert.Equal("emergency", history[0].GetProperty("urgency").GetString());
    }

    [Fact]
    public async Task Api_AllNo_IsSelfCareAndLeavesThePlanAlone()
    {
        using var client = await Api.RunnerAsync(server);
        using var response = await client.PostAsJsonAsync("/api/screening/red-flags", new { answers = AllNo(), age = 24 });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("self", body.GetProperty("warningSigns").GetProperty("urgency").GetString());
        Assert.Equal("complete", body.GetProperty("warningSigns").GetProperty("status").GetString());
        Assert.Equal("No warning signs found", body.GetProperty("warningSigns").GetProperty("heading").GetString());
        Assert.False(body.GetProperty("planSuspended").GetBoolean());
    }

    [Fact]
    public async Task Api_UnknownQuestion_IsRejected()
    {
        using var client = await Api.RunnerAsync(server);
        using var response = await client.PostAsJsonAsync("/api/screening/red-flags", new { answers = new Dictionary<string, bool> { ["made-up"] = true }, age = 30 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Questionnaires_StartBackAndOswestry_AreScoredAndKeptAsHistory()
    {
        using var client = await Api.RunnerAsync(server);

        using var startBack = await client.PostAsJsonAsync("/api/screening/questionnaires/start-back", new int?[] { 1, 0, 0, 0, 1, 1, 1, 1, 3 });
        using var odi = await client.PostAsJsonAsync("/api/screening/questionnaires/oswestry", new int?[] { 2, 1, 2, 1, 2, 1, 2, 1, 2, 2 });
        using var bad = await client.PostAsJsonAsync("/api/screening/questionnaires/oswestry", new int?[] { 9 });

        var sb = await startBack.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(6, sb.GetProperty("score").GetDouble());
        Assert.Equal(5, sb.GetProperty("subscale").GetDouble());
        Assert.Equal("High risk", sb.GetProperty("band").GetString());
        Assert.Equal(32, (await odi.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("score").GetDouble());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var history = await client.GetFromJsonAsync<JsonElement>("/api/screening/questionnaires/oswestry");
        Assert.Equal(1, history.GetArrayLength());
    }

    [Fact]
    public async Task Page_NewBackPainEntry_GoesStraightToTheWarningSignsCheck()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "flags");
        using var saved = await browser.SubmitAsync("/pain/new", "pain", new Dictionary<string, string> { ["spot"] = "LowerBack:Right", ["Input.AfterRun"] = "3" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var target = Pages.Target(saved);
        Assert.StartsWith("/screening?entry=", target, StringComparison.Ordinal);
        var fields = RedFlagRules.Questions.ToDictionary(q => "q-" + q.Id, q => q.Id == "fever" ? "yes" : "no");
        fields["age"] = "30";
        using var result = await browser.SubmitAsync(target, "red-flags", fields);
        var page = Browserless.Parse(await result.Content.ReadAsStringAsync());
        Assert.Equal("See a clinician today", page.QuerySelector("[role=alert] h1")!.TextContent);
    }

    [Fact]
    public async Task Triage_ThreadRunnersAnswers_RankContributorsWithEvidenceAndGrade()
    {
        using var client = await Api.RunnerAsync(server);
        using var response = await client.PostAsJsonAsync("/api/triage", new
        {
            runningMonths = 1, hills = "lots", painWorseOnHills = true, hoursSittingPerDay = 9, strengthSessionsPerWeek = 0,
            painSpreadsBelowKnee = true, shootingOrBurningLegPain = true,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var contributors = body.GetProperty("contributors").EnumerateArray().ToArray();
        Assert.DoesNotContain(contributors, c => c.GetProperty("refer").GetBoolean());
        Assert.Equal("radicular-pattern", body.GetProperty("toCheck")[0].GetProperty("id").GetString());
        Assert.Contains(contributors, c => c.GetProperty("id").GetString() == "hills");
        Assert.All(contributors, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("source").GetString())));
    }

    [Theory]
    [InlineData("chest-pain", "now", "", "Get emergency help now")]
    [InlineData("chest-pain", "in-the-last-12-hours", "200", "Get emergency help now")]
    [InlineData("chest-pain", "12-to-72-hours-ago", "200", "See a clinician today")]
    [InlineData("saddle-numbness", "yes", "abc", "Get emergency help now")]
    public async Task Page_UrgentAnswerAloneOrWithABadAge_IsShownAtOnceAndTheRestAskedAfter(string question, string answer, string age, string heading)
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "urgent");
        var form = await browser.GetPageAsync("/screening");
        Assert.Empty(form.QuerySelectorAll("form[name] [required], input[required]"));

        using var response = await browser.SubmitAsync("/screening", "red-flags", new Dictionary<string, string> { ["q-" + question] = answer, ["age"] = age });

        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(heading, page.QuerySelector("[role=alert] h1")!.TextContent);
        Assert.Contains("Now answer the rest", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".alert-error p"), p => p.TextContent.StartsWith("Answer every question", StringComparison.Ordinal));
        Assert.Equal(answer, page.QuerySelector($"input[name='q-{question}'][checked]")!.GetAttribute("value"));
        Assert.DoesNotContain("plan is paused", page.Body.TextContent, StringComparison.OrdinalIgnoreCase);
        var history = await HistoryAsync(browser);
        Assert.True(history[0].GetProperty("open").GetBoolean());
    }

    [Fact]
    public async Task Page_NothingUrgentAndTheRestMissing_AsksForTheRestKeepingTheAnswers()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "partial");

        using var response = await browser.SubmitAsync("/screening", "red-flags", new Dictionary<string, string> { ["q-fever"] = "no", ["q-night-pain"] = "yes", ["age"] = "200" });

        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Warning signs check", page.QuerySelector("h1")!.TextContent);
        var errors = page.QuerySelectorAll(".alert-error p").Select(p => p.TextContent).ToArray();
        Assert.Contains("Age must be a whole number from 10 to 110 years.", errors);
        Assert.Contains(errors, e => e.StartsWith("Answer every question", StringComparison.Ordinal));
        Assert.Equal("yes", page.QuerySelector("input[name='q-night-pain'][checked]")!.GetAttribute("value"));
        Assert.Equal("200", page.QuerySelector("#age")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Page_CancerNightPainNotImprovingAt58_NamesEveryFlagOnce()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "cancer");
        var fields = RedFlagRules.Questions.Where(q => q.AskIf is null).ToDictionary(q => "q-" + q.Id, _ => "no");
        foreach (var q in RedFlagRules.Questions.Where(q => q.AskIf == "cancer-history"))
        {
            fields["q-" + q.Id] = "no";
        }

        fields["q-cancer-history"] = "yes";
        fields["q-night-pain"] = "yes";
        fields["q-not-improving"] = "yes";
        fields["age"] = "58";

        using var response = await browser.SubmitAsync("/screening", "red-flags", fields);

        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("See a clinician today", page.QuerySelector("[role=alert] h1")!.TextContent);
        var cards = page.QuerySelectorAll("section.week h2").Select(h => h.TextContent).ToArray();
        Assert.Contains("A history of cancer with a warning back symptom", cards);
        Assert.Contains("Several cancer warning signs together", cards);
        // A sign that alone would need a less urgent visit is listed to mention at the visit above, not as its own card.
        Assert.Contains("More than a month without getting better", page.QuerySelector("[aria-labelledby=flag-also]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("a history of cancer and night pain", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EarlierEmergencyThenAllNo_StaysOpenOnEveryPathUntilSeen()
    {
        var email = Api.NewEmail("open");
        using var browser = await Pages.SignedInBrowserAsync(server, "open", email);
        using var api = server.NewClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await Api.LogInAsync(api, email, Api.Password));
        using var plan = await api.PostAsJsonAsync("/api/plans", new
        {
            template = "nhs-couch-to-5k", start = Today,
            days = new[] { Today.DayOfWeek, Today.AddDays(2).DayOfWeek, Today.AddDays(4).DayOfWeek }.Select(d => d.ToString()).ToArray(),
        });
        using var emergency = await browser.SubmitAsync("/screening", "red-flags", new Dictionary<string, string> { ["q-chest-pain"] = "now" });
        var paused = Browserless.Parse(await emergency.Content.ReadAsStringAsync());
        Assert.Contains("Your plan is paused.", paused.Body!.TextContent, StringComparison.Ordinal);

        var fields = RedFlagRules.Questions.Where(q => q.AskIf is null).ToDictionary(q => "q-" + q.Id, _ => "no");
        fields["age"] = "40";
        using var allNo = await browser.SubmitAsync("/screening", "red-flags", fields);

        var page = Browserless.Parse(await allNo.Content.ReadAsStringAsync());
        Assert.Equal("An earlier warning sign is still open", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("No warning signs found", page.Body!.TextContent, StringComparison.Ordinal);
        var history = await HistoryAsync(browser);
        Assert.False(history[0].GetProperty("open").GetBoolean());
        Assert.True(history[1].GetProperty("open").GetBoolean());
        using var triage = await api.PostAsJsonAsync("/api/triage", new { hills = "some" });
        var body = await triage.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("suspend", body.GetProperty("decision").GetProperty("action").GetString());
        Assert.Equal("Get emergency help now", body.GetProperty("warningSigns").GetProperty("heading").GetString());
        var triagePage = await browser.GetPageAsync("/triage");
        Assert.Equal("Warning signs: Get emergency help now", triagePage.QuerySelector("#signs")!.TextContent);
        var active = await api.GetFromJsonAsync<JsonElement>("/api/plans/active");
        Assert.True(active.GetProperty("plan").GetProperty("suspended").GetBoolean());
    }

    /// <summary>QA: an emergency reported with no plan was forgotten by a plan made afterwards, which offered a run at once.</summary>
    [Fact]
    public async Task PlanMadeAfterAnOpenEmergency_StartsPaused()
    {
        var api = await Api.RunnerAsync(server, "later-plan");
        using var emergency = await api.PostAsJsonAsync("/api/screening/red-flags", new { answers = new Dictionary<string, string> { ["chest-pain"] = "now" } });
        Assert.Equal(HttpStatusCode.OK, emergency.StatusCode);

        using var plan = await api.PostAsJsonAsync("/api/plans", new
        {
            template = "nhs-couch-to-5k", start = Today,
            days = new[] { Today.DayOfWeek, Today.AddDays(2).DayOfWeek, Today.AddDays(4).DayOfWeek }.Select(d => d.ToString().ToLowerInvariant()).ToArray(),
        });

        Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
        var active = await api.GetFromJsonAsync<JsonElement>("/api/plans/active");
        Assert.True(active.GetProperty("plan").GetProperty("suspended").GetBoolean());
    }

    [Fact]
    public async Task Api_ChestPainNowWithAnAgeOutOfBounds_IsAnsweredAtOnce()
    {
        using var client = await Api.RunnerAsync(server);

        using var response = await client.PostAsJsonAsync("/api/screening/red-flags", new { answers = new Dictionary<string, string> { ["chest-pain"] = "now" }, age = 200 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("emergency", body.GetProperty("warningSigns").GetProperty("urgency").GetString());
        Assert.False(body.GetProperty("planSuspended").GetBoolean());
        Assert.DoesNotContain("paused", body.GetProperty("warningSigns").GetProperty("lead").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Age must be a whole number from 10 to 110 years.", body.GetProperty("problems").GetProperty("age")[0].GetString());
    }

    [Theory]
    [InlineData("\"forty\"")]
    [InlineData("9")]
    [InlineData("40.5")]
    public async Task Api_BadAgeWithNothingUrgent_IsAPlainFieldError(string age)
    {
        using var client = await Api.RunnerAsync(server);

        using var response = await client.PostAsync("/api/screening/red-flags",
            new StringContent($$"""{ "answers": { "fever": "no" }, "age": {{age}} }""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Age must be a whole number from 10 to 110 years.", errors.GetProperty("age")[0].GetString());
    }

    private static async Task<JsonElement> HistoryAsync(HttpClient browser)
    {
        var response = await browser.GetAsync("/api/screening/red-flags");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
