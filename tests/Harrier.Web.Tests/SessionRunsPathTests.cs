using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

/// <summary>A run logged on a planned session's day completes Today's session (clear match) or is offered (possible match).</summary>
public sealed class SessionRunsPathTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    private static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>A start today (UTC) that is not in the future: 40 minutes ago, or just after midnight.</summary>
    private static DateTimeOffset EarlierToday => Now.AddMinutes(-40).UtcDateTime.Date == Now.UtcDateTime.Date
        ? Now.AddMinutes(-40) : new DateTimeOffset(Now.UtcDateTime.Date.AddSeconds(5), TimeSpan.Zero);

    private static object CouchFromToday() => new { template = "nhs-couch-to-5k", start = Today, days = PlanCalendarTests.EveryOtherDay(Today) };

    [Fact]
    public async Task Api_RunOfAboutTheSessionsTime_CompletesTodaysSessionAndTodayShowsTheRun()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "linked");
        using var profile = await browser.PutAsJsonAsync("/api/me", new { timeZone = "Etc/UTC" });
        using var plan = await browser.PostAsJsonAsync("/api/plans", CouchFromToday());
        Assert.Equal(HttpStatusCode.Created, plan.StatusCode);

        var run = await Api.CreateRunAsync(browser, Api.Run(EarlierToday, meters: 3100, seconds: 29 * 60));

        var active = await browser.GetFromJsonAsync<JsonElement>("/api/plans/active");
        var outcome = active.GetProperty("outcomes").EnumerateArray().Single();
        Assert.Equal(("done", run.GetProperty("id").GetInt32()), (outcome.GetProperty("result").GetString(), outcome.GetProperty("runId").GetInt32()));
        var today = await browser.GetPageAsync("/today");
        var status = today.QuerySelector(".today-session [role=status]")!.TextContent;
        Assert.Contains("You marked this session: done", status, StringComparison.Ordinal);
        Assert.Contains("3.10 km in 29:00", status, StringComparison.Ordinal);
        Assert.DoesNotContain(today.QuerySelectorAll("button"), b => b.TextContent.Contains("Done — log it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Today_ShortRunIsOffered_ConfirmingLinksIt()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "offered");
        using var profile = await browser.PutAsJsonAsync("/api/me", new { timeZone = "Etc/UTC" });
        using var plan = await browser.PostAsJsonAsync("/api/plans", CouchFromToday());
        var run = await Api.CreateRunAsync(browser, Api.Run(EarlierToday, meters: 1500, seconds: 10 * 60));
        var id = run.GetProperty("id").GetInt32();
        var offered = await browser.GetFromJsonAsync<JsonElement>($"/api/plans/active/sessions/{Today:yyyy-MM-dd}/runs");
        Assert.Equal((id, "possible"), (offered[0].GetProperty("runId").GetInt32(), offered[0].GetProperty("match").GetString()));
        Assert.Equal(0, (await browser.GetFromJsonAsync<JsonElement>("/api/plans/active")).GetProperty("outcomes").GetArrayLength());

        using var confirmed = await browser.SubmitAsync("/today", $"link-{id}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var outcome = (await browser.GetFromJsonAsync<JsonElement>("/api/plans/active")).GetProperty("outcomes")[0];
        Assert.Equal(id, outcome.GetProperty("runId").GetInt32());
    }

    [Fact]
    public async Task Today_DoneLogIt_OpensTheRunFormFilledInWithTheSession()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "logit");
        using var profile = await browser.PutAsJsonAsync("/api/me", new { timeZone = "Etc/UTC" });
        using var plan = await browser.PostAsJsonAsync("/api/plans", new
        {
            template = "nhs-couch-to-5k", start = Today, days = PlanCalendarTests.EveryOtherDay(Today),
            times = new Dictionary<string, string> { [Today.DayOfWeek.ToString()] = "06:15" },
        });

        using var done = await browser.SubmitAsync("/today", "done", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/runs/new?session={Today:yyyy-MM-dd}", Pages.Target(done));
        var form = await browser.GetPageAsync(Pages.Target(done));
        Assert.Equal(Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), form.QuerySelector("#date")!.GetAttribute("value"));
        Assert.Equal("06:15:00", form.QuerySelector("#time")!.GetAttribute("value"));
        Assert.Equal("30:00", form.QuerySelector("#duration")!.GetAttribute("value"));
        Assert.Contains("Week 1, run 1", form.QuerySelector("[role=note]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_LinkingARunFromAnotherDay_Is400()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        using var plan = await client.PostAsJsonAsync("/api/plans", CouchFromToday());
        var run = await Api.CreateRunAsync(client, Api.Run(EarlierToday.AddDays(-3), seconds: 1800));

        using var response = await client.PostAsJsonAsync("/api/plans/active/outcomes",
            new { date = Today, result = "done", runId = run.GetProperty("id").GetInt32() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("runId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
