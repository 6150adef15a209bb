using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;
using IcalCalendar = Ical.Net.Calendar;

namespace Harrier.Web.Tests;

/// <summary>Moving, swapping and timing sessions through the API and the session page; the calendar follows with the same events.</summary>
public sealed class SessionEditTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Couch to 5K from tomorrow on every second day: sessions on start, start+2, start+4, start+7…</summary>
    private async Task<(HttpClient Client, DateOnly Start)> RunnerAsync()
    {
        var client = await Api.RunnerAsync(server, timeZone: "Europe/London");
        var start = Today.AddDays(1);
        using var created = await client.PostAsJsonAsync("/api/plans", new { template = "nhs-couch-to-5k", start, days = PlanCalendarTests.EveryOtherDay(start) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (client, start);
    }

    [Fact]
    public async Task Api_MoveWithATime_MovesTheEventInTheCalendarKeepingItsUidAndRecordsWhy()
    {
        var (client, start) = await RunnerAsync();
        var before = IcalCalendar.Load(await client.GetStringAsync("/api/plans/active.ics"))!;
        var uid = before.Events.Single(e => e.DtStart!.Date == start.AddDays(2)).Uid;

        using var response = await client.PostAsJsonAsync($"/api/plans/active/sessions/{Day(start.AddDays(2))}/move",
            new { to = start.AddDays(3), time = "06:00", reason = "Clients at 06:00" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("move", body.GetProperty("change").GetProperty("action").GetString());
        Assert.EndsWith("at 06:00: Clients at 06:00.", body.GetProperty("change").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("rest a day between runs", body.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
        var after = IcalCalendar.Load(await client.GetStringAsync("/api/plans/active.ics"))!;
        var moved = after.Events.Single(e => e.Uid == uid);
        Assert.Equal((start.AddDays(3), new TimeOnly(6, 0), "Europe/London"), (moved.DtStart!.Date, moved.DtStart.Time!.Value, moved.DtStart.TzId));
        Assert.True(moved.Sequence > before.Events.Single(e => e.Uid == uid).Sequence);
        Assert.Equal(before.Events.Count, after.Events.Count);
        Assert.DoesNotContain(after.Events, e => e.DtStart!.Date == start.AddDays(2));
    }

    [Fact]
    public async Task Api_SwapAndUsualTimes_ShowInTheCalendar()
    {
        var (client, start) = await RunnerAsync();
        var before = IcalCalendar.Load(await client.GetStringAsync("/api/plans/active.ics"))!;
        var (first, second) = (before.Events.Single(e => e.DtStart!.Date == start), before.Events.Single(e => e.DtStart!.Date == start.AddDays(2)));

        using var swap = await client.PostAsJsonAsync($"/api/plans/active/sessions/{Day(start)}/swap", new { with = start.AddDays(2), reason = "Away" });
        using var times = await client.PutAsJsonAsync("/api/plans/active/times",
            new { times = new Dictionary<string, string> { [start.DayOfWeek.ToString()] = "07:15" } });

        Assert.Equal(HttpStatusCode.OK, swap.StatusCode);
        Assert.Equal(HttpStatusCode.OK, times.StatusCode);
        var plan = (await times.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("plan");
        Assert.Equal("07:15", plan.GetProperty("times").GetProperty(start.DayOfWeek.ToString().ToLowerInvariant()).GetString());
        var after = IcalCalendar.Load(await client.GetStringAsync("/api/plans/active.ics"))!;
        Assert.Equal(start.AddDays(2), after.Events.Single(e => e.Uid == first.Uid).DtStart!.Date);
        var swapped = after.Events.Single(e => e.Uid == second.Uid).DtStart!;
        Assert.Equal((start, new TimeOnly(7, 15)), (swapped.Date, swapped.Time!.Value));
        Assert.Equal(first.Summary, after.Events.Single(e => e.Uid == first.Uid).Summary);
    }

    [Fact]
    public async Task Api_MoveAgainstTheRules_Is400WithTheFieldAndChangesNothing()
    {
        var (client, start) = await RunnerAsync();
        var before = await client.GetStringAsync("/api/plans/active");

        using var order = await client.PostAsJsonAsync($"/api/plans/active/sessions/{Day(start)}/move", new { to = start.AddDays(3), reason = "Busy" });
        using var noReason = await client.PostAsJsonAsync($"/api/plans/active/sessions/{Day(start)}/move", new { to = start.AddDays(1) });
        using var badTime = await client.PostAsJsonAsync($"/api/plans/active/sessions/{Day(start)}/move", new { to = start.AddDays(1), time = "6pm", reason = "x" });

        Assert.Contains("A move keeps your runs in order", (await order.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("to")[0].GetString(),
            StringComparison.Ordinal);
        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.True((await badTime.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("time", out _));
        Assert.All([order, noReason, badTime], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(before, await client.GetStringAsync("/api/plans/active"));
    }

    [Fact]
    public async Task Page_MoveWithoutAReason_SaysSoBesideTheField_ThenMovesWithOne()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "mover");
        var start = Today.AddDays(1);
        using var created = await browser.SubmitAsync("/plan/new", "plan", new Dictionary<string, string>
        {
            ["Input.Start"] = Day(start), ["Input.Action"] = "start", ["Input.Monday"] = "false", ["Input.Wednesday"] = "false", ["Input.Friday"] = "false",
            [$"Input.{start.DayOfWeek}"] = "true", [$"Input.{start.AddDays(2).DayOfWeek}"] = "true", [$"Input.{start.AddDays(4).DayOfWeek}"] = "true",
        });
        var page = $"/plan/sessions/{Day(start.AddDays(2))}";

        using var refused = await browser.SubmitAsync(page, "move", new Dictionary<string, string> { ["MoveInput.To"] = Day(start.AddDays(3)) });
        var html = Browserless.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Say why in a few words; it is kept in your plan's history.", html.QuerySelector("#move-reason")!.ParentElement!.QuerySelector(".validation-message")!.TextContent);

        using var moved = await browser.SubmitAsync(page, "move", new Dictionary<string, string>
        {
            ["MoveInput.To"] = Day(start.AddDays(3)), ["MoveInput.Reason"] = "Late meeting",
        });
        var done = Browserless.Parse(await moved.Content.ReadAsStringAsync());
        Assert.Contains("moved from", done.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var plan = await browser.GetPageAsync("/plan");
        Assert.Contains("moved by you:", plan.QuerySelector(".changes")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Late meeting", plan.QuerySelector(".changes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_UsualTimes_AreSavedAndShownOnThePlan()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "times");
        var start = Today.AddDays(1);
        using var created = await browser.SubmitAsync("/plan/new", "plan", new Dictionary<string, string>
        {
            ["Input.Start"] = Day(start), ["Input.Action"] = "start", ["Input.Monday"] = "true", ["Input.Wednesday"] = "true", ["Input.Friday"] = "true",
            ["Input.MondayTime"] = "06:00",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        using var saved = await browser.SubmitAsync("/plan", "times", new Dictionary<string, string> { ["Input.Friday"] = "18:30", ["Input.Sunday"] = "09:00" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var plan = await browser.GetPageAsync(Pages.Target(saved));
        Assert.Contains("Usual session times set: Monday at 06:00, Friday at 18:30, Sunday at 09:00.", plan.QuerySelector("[role=status]")!.TextContent,
            StringComparison.Ordinal);
        Assert.Contains("Sunday is not among your training days", plan.QuerySelector(".field-warning")!.TextContent, StringComparison.Ordinal);
    }
}
