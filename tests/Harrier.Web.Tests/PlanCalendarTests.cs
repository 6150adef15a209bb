using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Core.Screening;
using Harrier.Tests.Web;
using Ical.Net;
using IcalCalendar = Ical.Net.Calendar;

namespace Harrier.Web.Tests;

/// <summary>The calendar feed follows the plan: paused sessions are cancelled, times carry the runner's zone, moves keep the event.</summary>
public sealed class PlanCalendarTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    internal static string[] EveryOtherDay(DateOnly start) =>
        [.. new[] { start.DayOfWeek, start.AddDays(2).DayOfWeek, start.AddDays(4).DayOfWeek }.Select(d => d.ToString())];

    private static async Task<(HttpClient Client, string FeedPath)> RunnerWithFeedAsync(HarrierServer server, object plan, string zone = "Etc/UTC")
    {
        var client = await Api.RunnerAsync(server, timeZone: zone);
        using var created = await client.PostAsJsonAsync("/api/plans", plan);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var feed = await client.PostAsync("/api/plans/calendar-feed", null);
        var url = new Uri((await feed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!);
        return (client, url.PathAndQuery);
    }

    private async Task<IcalCalendar> FeedAsync(string path)
    {
        using var anonymous = server.NewClient();
        return IcalCalendar.Load(await anonymous.GetStringAsync(path))!;
    }

    [Fact]
    public async Task Feed_WhilePaused_CancelsEverySessionFromThePauseAndResumingRestoresThemWithAHigherSequence()
    {
        var (client, feedPath) = await RunnerWithFeedAsync(server, new { template = "nhs-couch-to-5k", start = Today, days = EveryOtherDay(Today) });
        var before = await FeedAsync(feedPath);
        var answers = RedFlagRules.Questions.ToDictionary(q => q.Id, q => q.Id == "saddle-numbness");
        using var flag = await client.PostAsJsonAsync("/api/screening/red-flags", new { answers, age = 30 });
        Assert.True((await flag.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planSuspended").GetBoolean());

        var paused = await FeedAsync(feedPath);
        var download = IcalCalendar.Load(await client.GetStringAsync("/api/plans/active.ics"))!;

        Assert.Equal(before.Events.Count, paused.Events.Count);
        foreach (var calendar in new[] { paused, download })
        {
            Assert.All(calendar.Events, e => Assert.Equal(EventStatus.Cancelled, e.Status));
            Assert.All(calendar.Events, e => Assert.StartsWith("Paused: ", e.Summary, StringComparison.Ordinal));
            Assert.All(calendar.Events, e => Assert.True(e.Sequence > before.Events.Single(b => b.Uid == e.Uid).Sequence));
        }

        using var resume = await client.PostAsync("/api/plans/active/resume", null);
        var result = await resume.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("resume", result.GetProperty("change").GetProperty("action").GetString());
        Assert.Contains("every date stays as it was", result.GetProperty("change").GetProperty("reason").GetString(), StringComparison.Ordinal);
        var after = await FeedAsync(feedPath);
        Assert.All(after.Events, e => Assert.Equal(EventStatus.Confirmed, e.Status));
        Assert.All(after.Events, e => Assert.True(e.Sequence > paused.Events.Single(p => p.Uid == e.Uid).Sequence));
        Assert.Equal(before.Events.Select(e => (e.Uid, e.DtStart!.Date)).Order(), after.Events.Select(e => (e.Uid, e.DtStart!.Date)).Order());
        Assert.Equal(DateOnly.FromDateTime(before.Events.Min(e => e.DtStart!.Value)), Today); // week 1 stays where the runner put it
    }

    [Fact]
    public async Task Feed_SessionsWithATime_AreTimedInTheRunnersZoneAndTheRestAllDay()
    {
        var start = Today.AddDays(1);
        var days = EveryOtherDay(start);
        var (_, feedPath) = await RunnerWithFeedAsync(server,
            new { template = "nhs-couch-to-5k", start, days, times = new Dictionary<string, string> { [days[0]] = "06:00", [days[1]] = "18:30" } },
            zone: "America/New_York");

        var feed = await FeedAsync(feedPath);

        var first = feed.Events.OrderBy(e => e.DtStart!.Date).ToArray();
        Assert.Equal((start, new TimeOnly(6, 0), "America/New_York"), (first[0].DtStart!.Date, first[0].DtStart!.Time!.Value, first[0].DtStart!.TzId));
        Assert.Equal(TimeSpan.FromMinutes(30), first[0].DtEnd!.Value - first[0].DtStart!.Value);
        Assert.Equal((new TimeOnly(18, 30), "America/New_York"), (first[1].DtStart!.Time!.Value, first[1].DtStart!.TzId));
        Assert.False(first[2].DtStart!.HasTime);
        Assert.Contains(feed.TimeZones, z => z.TzId == "America/New_York");
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(start.ToDateTime(new TimeOnly(6, 0)), newYork), first[0].DtStart!.AsUtc);
    }

    [Fact]
    public async Task Page_ResumeAfterAWarningSign_SaysWhatHappenedToTheDates()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "resume");
        using var profile = await browser.PutAsJsonAsync("/api/me", new { timeZone = "Etc/UTC" });
        using var plan = await browser.PostAsJsonAsync("/api/plans", new { template = "nhs-couch-to-5k", start = Today.AddDays(7), days = EveryOtherDay(Today) });
        var answers = RedFlagRules.Questions.ToDictionary(q => q.Id, q => q.Id == "saddle-numbness");
        using var flag = await browser.PostAsJsonAsync("/api/screening/red-flags", new { answers, age = 30 });
        Assert.Contains("Paused.", (await browser.GetPageAsync("/plan")).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        using var resumed = await browser.SubmitAsync("/plan", "resume", new Dictionary<string, string>());

        Assert.Equal("/plan?changed=true", Pages.Target(resumed));
        var page = await browser.GetPageAsync(Pages.Target(resumed));
        var status = page.QuerySelector("[role=status]")!.TextContent;
        Assert.Contains("Your plan is running again.", status, StringComparison.Ordinal);
        Assert.Contains("no session fell in that time, so every date stays as it was", status, StringComparison.Ordinal);
        Assert.Contains("resumed:", page.QuerySelector(".changes")!.TextContent, StringComparison.Ordinal);
    }
}
