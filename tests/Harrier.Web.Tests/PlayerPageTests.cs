using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

/// <summary>The session player's page, its script and service worker, and the manifest that installs Harrier to a home screen.</summary>
public sealed class PlayerPageTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Player_TodaysSession_ListsEveryStepWithItsSecondsForTheTimer()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "player");
        using var profile = await browser.PutAsJsonAsync("/api/me", new { timeZone = "Etc/UTC" });
        using var plan = await browser.PostAsJsonAsync("/api/plans", new { template = "nhs-couch-to-5k", start = Today, days = PlanCalendarTests.EveryOtherDay(Today) });

        var today = await browser.GetPageAsync("/today");
        var link = today.QuerySelectorAll("a").Single(a => a.TextContent == "Start the session player").GetAttribute("href")!;
        var page = await browser.GetPageAsync("/" + link);

        Assert.Equal($"plan/sessions/{Today:yyyy-MM-dd}/play", link);
        Assert.Null(page.QuerySelector(".site-header"));
        Assert.Equal(Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page.QuerySelector("#player")!.GetAttribute("data-date"));
        var steps = page.QuerySelectorAll("#player-steps li").Select(li => (li.GetAttribute("data-kind"), li.GetAttribute("data-seconds"))).ToArray();
        Assert.Equal(18, steps.Length);
        Assert.Equal([("warm-up", "300"), ("run", "60"), ("walk", "90")], steps.Take(3));
        Assert.Equal(("cool-down", "300"), steps[^1]);
        Assert.NotNull(page.QuerySelector("script[src='player.js']"));
    }

    [Fact]
    public async Task Player_RestDay_Is404()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "rest");
        using var plan = await browser.PostAsJsonAsync("/api/plans", new { template = "nhs-couch-to-5k", start = Today.AddDays(1), days = PlanCalendarTests.EveryOtherDay(Today.AddDays(1)) });

        using var response = await browser.GetAsync($"/plan/sessions/{Today:yyyy-MM-dd}/play");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not found", Browserless.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Manifest_InstallsToTheHomeScreenWithIconsThatExist()
    {
        using var client = server.NewClient();

        using var response = await client.GetAsync("/manifest.webmanifest");
        var manifest = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(("/today", "standalone"), (manifest.GetProperty("start_url").GetString(), manifest.GetProperty("display").GetString()));
        foreach (var icon in manifest.GetProperty("icons").EnumerateArray())
        {
            using var image = await client.GetAsync(icon.GetProperty("src").GetString());
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal(icon.GetProperty("type").GetString(), image.Content.Headers.ContentType!.MediaType);
        }

        using var worker = await client.GetAsync("/player-sw.js");
        Assert.Equal(HttpStatusCode.OK, worker.StatusCode);
        var home = await client.GetPageAsync("/");
        Assert.Equal("manifest.webmanifest", home.QuerySelector("link[rel=manifest]")!.GetAttribute("href"));
    }
}
