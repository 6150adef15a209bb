using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Core.Answers;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

/// <summary>The triage page and <c>POST /api/triage</c> over real HTTP: no crash, nothing typed lost, plain errors, one set of bounds.</summary>
public sealed class TriageTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    [Fact]
    public async Task Page_RankUnchanged_ShowsTheRankingInsteadOfAnError()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "rank");

        using var response = await browser.SubmitAsync("/triage", "triage", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Most likely contributors", page.QuerySelector("#ranked")!.TextContent);
        Assert.DoesNotContain("Something went wrong", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ImpossibleNumbers_PlainErrorBesideEachFieldAndEverythingTypedKept()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "bounds");

        using var response = await browser.SubmitAsync("/triage", "triage", new Dictionary<string, string>
        {
            ["Input.HoursSittingPerDay"] = "30", ["Input.BodyMassKg"] = "-5", ["Input.HeightCm"] = "300", ["Input.RunningMonths"] = "3",
            ["Input.LeansForward"] = "yes", ["Input.WatchesGround"] = "no", ["Input.Hills"] = "Lots",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        var messages = page.QuerySelectorAll(".validation-message").Select(m => m.TextContent).ToArray();
        Assert.Contains(AnswerLimits.HoursSittingPerDay.Error, messages);
        Assert.Contains(AnswerLimits.BodyMassKg.Error, messages);
        Assert.Contains(AnswerLimits.HeightCm.Error, messages);
        Assert.Equal("30", Value(page, "sitting"));
        Assert.Equal("-5", Value(page, "mass"));
        Assert.Equal("3", Value(page, "months"));
        Assert.Equal("yes", Selected(page, "lean"));
        Assert.Equal("no", Selected(page, "ground"));
        Assert.Equal("Lots", Selected(page, "hills"));
        // Nothing was kept: the next visit starts from the answers before.
        var again = await browser.GetPageAsync("/triage");
        Assert.Equal("", Value(again, "sitting"));
    }

    [Fact]
    public async Task Page_NumberFields_CarryCoresBounds()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "minmax");

        var page = await browser.GetPageAsync("/triage");

        (string Id, AnswerRange Range)[] fields = [("sitting", AnswerLimits.HoursSittingPerDay), ("mass", AnswerLimits.BodyMassKg),
            ("height", AnswerLimits.HeightCm), ("strength", AnswerLimits.StrengthSessionsPerWeek), ("months", AnswerLimits.RunningMonths)];
        foreach (var (id, range) in fields)
        {
            var input = page.QuerySelector($"#{id}")!;
            Assert.Equal(range.MinText, input.GetAttribute("min"));
            Assert.Equal(range.MaxText, input.GetAttribute("max"));
        }
    }

    [Fact]
    public async Task Page_YesNoAnswersSavedThroughTheApi_ComeBackAsSaved()
    {
        var email = Api.NewEmail("yesno");
        using var browser = await Pages.SignedInBrowserAsync(server, "yesno", email);
        using var api = server.NewClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await Api.LogInAsync(api, email, Api.Password));
        using var saved = await api.PostAsJsonAsync("/api/triage", new
        {
            painWorseOnHills = true, frontOfHipFeelsTight = true, leansForward = true, watchesGround = false, startedGrassOrBarefoot = true,
            movedOutdoorsFromTreadmillOrElliptical = false, hoursSittingPerDay = 7.5, hills = "some",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var page = await browser.GetPageAsync("/triage");

        Assert.Equal("yes", Selected(page, "hills-worse"));
        Assert.Equal("yes", Selected(page, "hip"));
        Assert.Equal("yes", Selected(page, "lean"));
        Assert.Equal("no", Selected(page, "ground"));
        Assert.Equal("yes", Selected(page, "grass"));
        Assert.Equal("no", Selected(page, "outdoors"));
        Assert.Equal("7.5", Value(page, "sitting"));
        Assert.Equal("Some", Selected(page, "hills"));
    }

    [Fact]
    public async Task Page_AnswersFromTheIntake_AreShownInTheirFields()
    {
        var email = Api.NewEmail("intake-known");
        using var browser = await Pages.SignedInBrowserAsync(server, "intake-known", email);
        using var api = server.NewClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await Api.LogInAsync(api, email, Api.Password));
        using var intake = await api.PostAsJsonAsync("/api/intake", IntakeTests.Request(new { hoursSittingPerDay = 9, strengthSessionsPerWeek = 1, bodyMassKg = 70, heightCm = 175, age = 40 }));
        Assert.Equal(HttpStatusCode.OK, intake.StatusCode);

        var page = await browser.GetPageAsync("/triage");

        foreach (var (id, value) in new[] { ("sitting", "9"), ("strength", "1"), ("mass", "70"), ("height", "175") })
        {
            Assert.Equal($"{value}, as Harrier knows", page.QuerySelector($"#{id}")!.GetAttribute("placeholder"));
            Assert.StartsWith("Known from your intake on", page.QuerySelector($"#{id}-known")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{ "hoursSittingPerDay": 40 }""", "hoursSittingPerDay", "Hours sitting a day must be from 0 to 24.")]
    [InlineData("""{ "bodyMassKg": -5 }""", "bodyMassKg", "Body mass must be from 25 to 300 kg.")]
    [InlineData("""{ "hills": "steep" }""", "hills", "hills must be one of: none, some, lots.")]
    [InlineData("""{ "leansForward": "often" }""", "leansForward", "leansForward must be true or false.")]
    [InlineData("""{ "age": "old", "redFlags": { "fever": "no" } }""", "age", "Age must be a whole number from 10 to 110 years.")]
    public async Task Api_ImpossibleValueOrWrongType_IsRefusedInPlainWords(string json, string field, string message)
    {
        using var client = await Api.RunnerAsync(server);

        using var response = await client.PostAsync("/api/triage", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.Equal(message, errors.GetProperty(field)[0].GetString());
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_ChestPainNowWithAnImpossibleAgeAndSitting_AnswersTheEmergencyAtOnce()
    {
        using var client = await Api.RunnerAsync(server);

        using var response = await client.PostAsJsonAsync("/api/triage", new { redFlags = new { chest_pain = "now" }.ToDictionary(), age = 200, hoursSittingPerDay = 40 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("stoppedAtFlag").GetBoolean());
        Assert.Equal("emergency", body.GetProperty("warningSigns").GetProperty("urgency").GetString());
        Assert.Equal("Get emergency help now", body.GetProperty("warningSigns").GetProperty("heading").GetString());
        Assert.True(body.GetProperty("problems").TryGetProperty("age", out _));
        Assert.True(body.GetProperty("problems").TryGetProperty("hoursSittingPerDay", out _));
    }

    [Fact]
    public async Task Api_JournalNerveRootPattern_IsToCheckNeverRanked()
    {
        using var client = await Api.RunnerAsync(server);

        using var response = await client.PostAsJsonAsync("/api/triage", new { painSpreadsBelowKnee = true, shootingOrBurningLegPain = true, hills = "lots", painWorseOnHills = true });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(body.GetProperty("contributors").EnumerateArray(), c => c.GetProperty("refer").GetBoolean());
        Assert.Equal("radicular-pattern", body.GetProperty("toCheck")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Page_EmergencyWithoutAPlan_NeverSaysAPlanIsPausedAndCanBeMarkedSeen()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "noplan");
        using var check = await browser.SubmitAsync("/screening", "red-flags", new Dictionary<string, string> { ["q-chest-pain"] = "now" });

        var stopped = await browser.GetPageAsync("/triage");
        Assert.Equal("Warning signs: Get emergency help now", stopped.QuerySelector("#signs")!.TextContent);
        Assert.DoesNotContain("paused", stopped.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("resume your plan", stopped.Body.TextContent, StringComparison.OrdinalIgnoreCase);

        using var seen = await browser.SubmitAsync("/triage", "seen", new Dictionary<string, string>());
        var page = Browserless.Parse(await seen.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("#ranked"));
        Assert.StartsWith("Warning signs: Warning signs checked on", page.QuerySelector("#signs")!.TextContent, StringComparison.Ordinal);
    }

    private static string? Value(AngleSharp.Dom.IDocument page, string id) => page.QuerySelector($"#{id}")!.GetAttribute("value") ?? "";

    private static string? Selected(AngleSharp.Dom.IDocument page, string id) =>
        page.QuerySelector($"#{id} option[selected]")?.GetAttribute("value") ?? "";
}

file static class AnonymousExtensions
{
    // { chest_pain = "now" } → { "chest-pain": "now" }: question ids have dashes.
    public static Dictionary<string, string> ToDictionary(this object answers) =>
        answers.GetType().GetProperties().ToDictionary(p => p.Name.Replace('_', '-'), p => (string)p.GetValue(answers)!);
}
