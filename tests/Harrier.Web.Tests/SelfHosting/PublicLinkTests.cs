using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;
using Microsoft.AspNetCore.Hosting;

namespace Harrier.Web.Tests.SelfHosting;

/// <summary>Links Harrier gives out never carry a Host header nobody configured (a forged one would send a runner's feed elsewhere).</summary>
public sealed class PublicLinkTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task FeedUrl_ForgedHostHeader_NeitherInTheLinkNorInTheFeed()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        using var plan = await client.PostAsJsonAsync("/api/plans", new { template = "nhs-couch-to-5k", start = Today, days = PlanCalendarTests.EveryOtherDay(Today) });
        Assert.Equal(HttpStatusCode.Created, plan.StatusCode);

        var (url, feed) = await FeedWithHostAsync(client, "evil.example");

        Assert.DoesNotContain("evil.example", url, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("http://localhost:5080/calendar/", url, StringComparison.Ordinal); // the guess from the default address
        Assert.DoesNotContain("evil.example", feed, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("UID:plan-", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedView_UnsetPublicBaseUrl_SaysTheAddressIsAGuess()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "guess");
        using var plan = await browser.PostAsJsonAsync("/api/plans", new { template = "nhs-couch-to-5k", start = Today, days = PlanCalendarTests.EveryOtherDay(Today) });
        Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
        using var create = await browser.SubmitAsync("/plan", "feed", new Dictionary<string, string>());
        var page = await browser.GetPageAsync("/plan");

        Assert.StartsWith("http://localhost:5080/calendar/", page.QuerySelector("#feed")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Contains("PublicBaseUrl", page.Body!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Creates the feed and reads it, every request with the given Host header.</summary>
    internal static async Task<(string Url, string Feed)> FeedWithHostAsync(HttpClient client, string host)
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/plans/calendar-feed") { Headers = { Host = host } };
        using var created = await client.SendAsync(create);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var url = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;

        using var read = new HttpRequestMessage(HttpMethod.Get, new Uri(url).PathAndQuery) { Headers = { Host = host } };
        using var feed = await client.SendAsync(read);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        return (url, await feed.Content.ReadAsStringAsync());
    }
}

/// <summary>The app with its public address configured, and one host named in AllowedHosts.</summary>
public sealed class PublicAddressHarrierServer : HarrierServer
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PublicBaseUrl", "https://harrier.example.org/");
    }
}

public sealed class ConfiguredPublicLinkTests(PublicAddressHarrierServer server) : IClassFixture<PublicAddressHarrierServer>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task FeedUrl_PublicBaseUrlSet_StartsWithItWhateverTheHost()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        using var plan = await client.PostAsJsonAsync("/api/plans", new { template = "nhs-couch-to-5k", start = Today, days = PlanCalendarTests.EveryOtherDay(Today) });

        var (url, feed) = await PublicLinkTests.FeedWithHostAsync(client, "evil.example");

        Assert.StartsWith("https://harrier.example.org/calendar/", url, StringComparison.Ordinal);
        Assert.Contains("@harrier.example.org", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", feed, StringComparison.OrdinalIgnoreCase);
    }
}
