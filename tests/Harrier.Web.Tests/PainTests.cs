using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

public sealed class PainTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Api_EntryWithSpreadAndQualities_RoundTrips()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");

        using var created = await client.PostAsJsonAsync("/api/pain/entries", new
        {
            day = Today, region = "lower-back", side = "right",
            spreadsTo = new[] { new { region = "outer-lower-leg", side = "right" } }, qualities = new[] { "ache", "shooting" }, afterRun = 4,
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var entries = await client.GetFromJsonAsync<JsonElement>("/api/pain/entries");
        var entry = entries[0];
        Assert.Equal("right", entry.GetProperty("side").GetString());
        Assert.Equal("lower-back", entry.GetProperty("region").GetString());
        Assert.Equal("right lower back", entry.GetProperty("where").GetString());
        Assert.Equal("outer-lower-leg", entry.GetProperty("spreadsTo")[0].GetProperty("region").GetString());
        Assert.Equal(["ache", "shooting"], entry.GetProperty("qualities").EnumerateArray().Select(q => q.GetString()));
    }

    [Theory]
    [InlineData("Knee", "Centre")]
    [InlineData("LowerBack", "Up")]
    public async Task Api_SpotNotOnTheMap_IsRejected(string region, string side)
    {
        using var client = await Api.RunnerAsync(server);
        using var response = await client.PostAsJsonAsync("/api/pain/entries", new { day = Today, region, side, afterRun = 3 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CheckIn_PainAboveFiveDuringARun_EasesTheActivePlanWithTheModelsReason()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        using var plan = await client.PostAsJsonAsync("/api/plans", new
        {
            template = "nhs-couch-to-5k", start = Today,
            days = new[] { Today.DayOfWeek, Today.AddDays(2).DayOfWeek, Today.AddDays(4).DayOfWeek }.Select(d => d.ToString()).ToArray(),
        });
        Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
        using var entry = await client.PostAsJsonAsync("/api/pain/entries", new { day = Today.AddDays(-1), region = "lower-back", side = "right", duringRun = 7 });

        using var response = await client.PostAsJsonAsync("/api/pain/check-ins", new { pain = 4 });

        var outcome = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome");
        Assert.Equal("reduce", outcome.GetProperty("decision").GetProperty("action").GetString());
        Assert.Equal("Adapted from the pain-monitoring model (Silbernagel 2007)", outcome.GetProperty("decision").GetProperty("basis").GetProperty("name").GetString());
        // The entry already eased the plan when it was saved; the check-in's decision is the same and changes nothing twice.
        Assert.Equal(JsonValueKind.Null, outcome.GetProperty("planChange").ValueKind);
        var created = await entry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Adapted from the pain-monitoring model (Silbernagel 2007)",
            created.GetProperty("outcome").GetProperty("planChange").GetProperty("basis").GetString(), StringComparison.Ordinal);
        var checkIns = await client.GetFromJsonAsync<JsonElement>("/api/pain/check-ins");
        Assert.Equal(4, checkIns[0].GetProperty("pain").GetInt32());
    }

    [Fact]
    public async Task CheckIn_WithoutRunningPain_LeavesThePlanAlone()
    {
        using var client = await Api.RunnerAsync(server);
        using var response = await client.PostAsJsonAsync("/api/pain/check-ins", new { pain = 2 });
        var outcome = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome");
        Assert.Equal(JsonValueKind.Null, outcome.GetProperty("planChange").ValueKind);
        Assert.Equal("progress", outcome.GetProperty("decision").GetProperty("action").GetString());
    }

    [Fact]
    public async Task Journal_OtherRunnersEntries_AreNeverShown()
    {
        using var ana = await Api.RunnerAsync(server, "ana");
        using var created = await ana.PostAsJsonAsync("/api/pain/entries", new { day = Today, region = "Knee", side = "Left", notes = "ana's knee", afterRun = 2 });
        using var ben = await Api.RunnerAsync(server, "ben");
        using var benBrowser = await Pages.SignedInBrowserAsync(server, "benpage");

        var entries = await ben.GetFromJsonAsync<JsonElement>("/api/pain/entries");
        var page = await (await benBrowser.GetAsync("/pain")).Content.ReadAsStringAsync();

        Assert.Equal(0, entries.GetArrayLength());
        Assert.DoesNotContain("ana's knee", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_BodyMapForm_SavesTheTappedSpotAndKeepsChoicesOnError()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "map");
        using var missing = await browser.SubmitAsync("/pain/new", "pain", new Dictionary<string, string> { ["Input.AfterRun"] = "3", ["Input.Notes"] = "kept" });
        var page = Browserless.Parse(await missing.Content.ReadAsStringAsync());
        Assert.Contains("Tap where it hurts on the body map.", page.QuerySelectorAll(".validation-message").Select(m => m.TextContent));
        Assert.Equal("kept", page.QuerySelector("textarea[name='Input.Notes']")!.TextContent);

        using var saved = await browser.SubmitAsync("/pain/new", "pain", new Dictionary<string, string> { ["spot"] = "OuterLowerLeg:Right", ["Input.AfterRun"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var journal = await browser.GetPageAsync("/pain");
        Assert.Contains("right outer lower leg", journal.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_NoSpotTapped_TheErrorIsAboveTheMap()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "map-top");

        using var missing = await browser.SubmitAsync("/pain/new", "pain", new Dictionary<string, string> { ["Input.AfterRun"] = "3" });

        var page = Browserless.Parse(await missing.Content.ReadAsStringAsync());
        var fieldset = page.QuerySelector("fieldset")!;
        var elements = fieldset.QuerySelectorAll("*").ToList();
        var error = elements.FindIndex(e => e.TextContent == "Tap where it hurts on the body map." && e.ClassList.Contains("validation-message"));
        var map = elements.FindIndex(e => e.ClassList.Contains("body-map"));
        Assert.True(error >= 0 && map >= 0 && error < map, "The error comes before the body map.");
    }

    [Fact]
    public async Task ItHurtOnToday_TodaySaysWhatChangedAndWhy()
    {
        var email = Api.NewEmail("hurt");
        using var browser = await Pages.SignedInBrowserAsync(server, "hurt", email);
        using var api = server.NewClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await Api.LogInAsync(api, email, Api.Password));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(TimeProvider.System.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")));
        using var plan = await api.PostAsJsonAsync("/api/plans", new
        {
            template = "nhs-couch-to-5k", start = today,
            days = new[] { today.DayOfWeek, today.AddDays(2).DayOfWeek, today.AddDays(4).DayOfWeek }.Select(d => d.ToString()).ToArray(),
        });
        Assert.Equal(HttpStatusCode.Created, plan.StatusCode);

        using var hurt = await browser.SubmitAsync("/today", "hurt", new Dictionary<string, string> { ["Hurt.Pain"] = "7" });
        Assert.Contains("changed=true", Pages.Target(hurt), StringComparison.Ordinal);
        var entry = await browser.GetPageAsync(Pages.Target(hurt));
        Assert.NotNull(entry.QuerySelector("a[href='today']"));
        Assert.Equal("Your session hurt (7/10 during the run). Your plan has been adjusted: see what changed on Today. Where did it hurt? "
            + "Tap the spot; for back or leg pain Harrier checks for warning signs next.", entry.QuerySelector("[role=note]")!.TextContent.Trim());

        var page = await browser.GetPageAsync("/today");
        var status = page.QuerySelector("[role=status]")!.TextContent;
        Assert.Contains("Your plan changed:", status, StringComparison.Ordinal);
        Assert.Contains("7/10", status, StringComparison.Ordinal);
    }
}
