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
        Assert.Equal("radicular-pattern", contributors[0].GetProperty("id").GetString());
        Assert.True(contributors[0].GetProperty("refer").GetBoolean());
        Assert.Contains(contributors, c => c.GetProperty("id").GetString() == "hills");
        Assert.All(contributors, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("source").GetString())));
    }
}
