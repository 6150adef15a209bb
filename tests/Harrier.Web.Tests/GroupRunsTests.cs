using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Harrier.Tests.Web;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using IcalCalendar = Ical.Net.Calendar;

namespace Harrier.Web.Tests;

/// <summary>Group runs over real HTTP: the API end to end, who may do what, the run sheet page, the calendar feed and daylight.</summary>
public sealed class GroupRunsTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), London).DateTime);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Run(DateOnly date, string time, params string[] invitees) => new
    {
        title = "Dawn run", date = Iso(date), time, placeName = "Victoria Park, east gate", latitude = 51.5362, longitude = -0.0410,
        timeZone = "Europe/London", invitees,
    };

    [Fact]
    public async Task Api_CreateAnswerSheetAttendance_OnlyTheCoachAndInvitedClients()
    {
        var (coach, _) = await Api.CoachAsync(server, "sam");
        var ana = await Api.RunnerAsync(server, "ana");
        var ben = await Api.RunnerAsync(server, "ben");
        var cara = await Api.RunnerAsync(server, "cara");
        var (stranger, _) = await Api.CoachAsync(server, "stranger");
        await Api.LinkAsync(coach, ana, "training-and-health");
        await Api.LinkAsync(coach, ben, "training");
        var (anaId, benId) = (await Api.IdAsync(ana), await Api.IdAsync(ben));
        using (var plan = await ana.PostAsJsonAsync("/api/plans", new { template = "nhs-couch-to-5k", start = Iso(Today), days = PlanCalendarTests.EveryOtherDay(Today) }))
        {
            Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
        }

        using var created = await coach.PostAsJsonAsync("/api/group-runs", Run(Today, "23:59", anaId, benId));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetInt32();

        // Answers: invited clients only.
        using (var yes = await ana.PostAsJsonAsync($"/api/group-runs/{id}/answer", new { answer = "yes" }))
        using (var maybe = await ben.PostAsJsonAsync($"/api/group-runs/{id}/answer", new { answer = "maybe" }))
        using (var notInvited = await cara.PostAsJsonAsync($"/api/group-runs/{id}/answer", new { answer = "yes" }))
        using (var bad = await ana.PostAsJsonAsync($"/api/group-runs/{id}/answer", new { answer = "perhaps" }))
        {
            Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NotFound, HttpStatusCode.BadRequest),
                (yes.StatusCode, maybe.StatusCode, notInvited.StatusCode, bad.StatusCode));
        }

        var invitations = await ana.GetFromJsonAsync<JsonElement>("/api/group-runs/invitations");
        var mine = invitations.EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == id);
        Assert.Equal("yes", mine.GetProperty("answer").GetString());
        Assert.Contains("8 × (1:00 run, 1:30 walk)", mine.GetProperty("mySession").GetString(), StringComparison.Ordinal);
        Assert.Empty((await cara.GetFromJsonAsync<JsonElement>("/api/group-runs/invitations")).EnumerateArray());

        // The sheet: only those who said yes, with their own session and finish.
        var sheet = await coach.GetFromJsonAsync<JsonElement>($"/api/group-runs/{id}/sheet");
        var line = Assert.Single(sheet.GetProperty("lines").EnumerateArray());
        Assert.Equal((anaId, "ready", "8 × (1:00 run, 1:30 walk)"),
            (line.GetProperty("runnerId").GetString(), line.GetProperty("readiness").GetString(), line.GetProperty("summary").GetString()));
        Assert.Equal(line.GetProperty("finish").GetDateTimeOffset().AddMinutes(5), sheet.GetProperty("groupBack").GetDateTimeOffset());

        // Someone else's run is not there at all; runners cannot use the coach's endpoints.
        foreach (var (method, path, body) in new (string, string, object?)[]
        {
            ("GET", $"/api/group-runs/{id}", null), ("GET", $"/api/group-runs/{id}/sheet", null), ("PUT", $"/api/group-runs/{id}", Run(Today, "07:00")),
            ("DELETE", $"/api/group-runs/{id}", null), ("POST", $"/api/group-runs/{id}/attendance", new { marks = Array.Empty<object>() }),
        })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : JsonContent.Create(body) };
            using var response = await stranger.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path}: {response.StatusCode}");
        }

        using (var asRunner = await ana.PostAsJsonAsync("/api/group-runs", Run(Today, "06:00")))
        using (var anonymous = await server.NewClient().GetAsync("/api/group-runs"))
        {
            Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (asRunner.StatusCode, anonymous.StatusCode));
        }

        // Attendance before the start is refused; after it, "it hurt" goes through the plan's pain decision.
        using (var early = await coach.PostAsJsonAsync($"/api/group-runs/{id}/attendance", new { marks = new[] { new { runnerId = anaId, attendance = "done" } } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        }

        await using (var db = server.Database.NewContext())
        {
            var stored = await db.GroupRuns.SingleAsync(r => r.Id == id);
            stored.StartUtc = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-40);
            await db.SaveChangesAsync();
        }

        using var marked = await coach.PostAsJsonAsync($"/api/group-runs/{id}/attendance",
            new { marks = new object[] { new { runnerId = anaId, attendance = "hurt", pain = 7 }, new { runnerId = benId, attendance = "absent" } } });
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        var changes = (await marked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changes").EnumerateArray().ToArray();
        Assert.NotNull(changes.Single(c => c.GetProperty("runnerId").GetString() == anaId).GetProperty("planChange").GetString());
        var active = await ana.GetFromJsonAsync<JsonElement>("/api/plans/active");
        var outcome = active.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("date").GetString() == Iso(Today));
        Assert.Equal(("hurt", 7), (outcome.GetProperty("result").GetString(), outcome.GetProperty("painDuringRun").GetInt32()));
    }

    [Fact]
    public async Task Api_BadInput_FieldErrorsInPlainWordsAndNothingStored()
    {
        var (coach, _) = await Api.CoachAsync(server, "sam");
        var runner = await Api.RunnerAsync(server, "notaclient");
        await using var before = server.Database.NewContext();
        var count = await before.GroupRuns.CountAsync();

        using var bad = await coach.PostAsJsonAsync("/api/group-runs", new
        {
            date = "21/12/2026", time = "6am", placeName = "", latitude = 200, longitude = -0.1, timeZone = "Mars/Olympus", repeatDays = new[] { "funday" }, weeks = 80,
        });
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        foreach (var field in new[] { "date", "time", "placeName", "latitude", "timeZone", "repeatDays", "weeks" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        using var stranger = await coach.PostAsJsonAsync("/api/group-runs", Run(Today.AddDays(1), "06:00", await Api.IdAsync(runner)));
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Contains("current clients", await stranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var malformed = await coach.PostAsync("/api/group-runs", new StringContent("{\"date\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.DoesNotContain("   at ", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var route = new MultipartFormDataContent { { new ByteArrayContent("not a gpx"u8.ToArray()), "file", "route.gpx" } };
        using var noSuchRun = await coach.PostAsync("/api/group-runs/999999/route", route);
        Assert.Equal(HttpStatusCode.BadRequest, noSuchRun.StatusCode);
        await using var after = server.Database.NewContext();
        Assert.Equal(count, await after.GroupRuns.CountAsync());
    }

    /// <summary>QA: a cancelled run broke Today for every invitee; a change through the API without invitees uninvited them all.</summary>
    [Fact]
    public async Task CancelledAndChangedRuns_TodayStillOpens_InviteesLeftOutStayInvited()
    {
        var (coach, _) = await Api.CoachAsync(server, "cancel-coach");
        var email = Api.NewEmail("cancel-runner");
        using var browser = await Pages.SignedInBrowserAsync(server, "cancel-runner", email);
        using var runner = server.NewClient();
        runner.DefaultRequestHeaders.Authorization = new("Bearer", await Api.LogInAsync(runner, email, Api.Password));
        await Api.LinkAsync(coach, runner, "training");
        var runnerId = await Api.IdAsync(runner);
        var day = Today.AddDays(2);
        using var created = await coach.PostAsJsonAsync("/api/group-runs", new
        {
            title = "Dawn run", date = Iso(day), time = "06:00", placeName = "Victoria Park", latitude = 51.5362, longitude = -0.0410,
            timeZone = "Europe/London", repeatDays = new[] { day.DayOfWeek.ToString().ToLowerInvariant() }, weeks = 2, invitees = new[] { runnerId },
        });
        var ids = (await created.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(r => r.GetProperty("id").GetInt32()).ToArray();

        using (var changed = await coach.PutAsJsonAsync($"/api/group-runs/{ids[1]}", new
        {
            title = "Dawn run", date = Iso(day.AddDays(7)), time = "06:15", placeName = "Victoria Park", latitude = 51.5362, longitude = -0.0410,
            timeZone = "Europe/London",
        }))
        {
            Assert.True(changed.StatusCode == HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        }

        var kept = await coach.GetFromJsonAsync<JsonElement>($"/api/group-runs/{ids[1]}");
        Assert.Equal([runnerId], kept.GetProperty("invitees").EnumerateArray().Select(i => i.GetProperty("runnerId").GetString()).ToArray());
        using (var cancelled = await coach.DeleteAsync($"/api/group-runs/{ids[0]}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        }

        using var today = await browser.GetAsync("/today");
        Assert.Equal(HttpStatusCode.OK, today.StatusCode);
        var page = Browserless.Parse(await today.Content.ReadAsStringAsync());
        Assert.Contains("Cancelled", page.QuerySelector("#group-runs")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_RouteAndCalendar_ChangesAndCancellationsReachSubscribedCalendars()
    {
        var (coach, _) = await Api.CoachAsync(server, "sam");
        var ana = await Api.RunnerAsync(server, "ana");
        await Api.LinkAsync(coach, ana, "training");
        var anaId = await Api.IdAsync(ana);
        var monday = Today.AddDays(7 - ((int)Today.DayOfWeek + 6) % 7);
        using var created = await coach.PostAsJsonAsync("/api/group-runs", new
        {
            title = "Dawn run", date = Iso(monday), time = "06:00", placeName = "Victoria Park", latitude = 51.5362, longitude = -0.0410,
            timeZone = "Europe/London", repeatDays = new[] { "mon", "wed", "fri" }, weeks = 2, invitees = new[] { anaId },
        });
        var runs = (await created.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToArray();
        Assert.Equal(6, runs.Length);
        var first = runs[0].GetProperty("id").GetInt32();
        Assert.All(runs, r => Assert.Equal("06:00", r.GetProperty("time").GetString()));

        const string gpx = """
            <?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><rte><name>Park loop</name>
            <rtept lat="51.5362" lon="-0.0410"><ele>20</ele></rtept><rtept lat="51.5380" lon="-0.0350"><ele>28</ele></rtept>
            <rtept lat="51.5400" lon="-0.0400"><ele>24</ele></rtept><rtept lat="51.5362" lon="-0.0410"><ele>20</ele></rtept></rte></gpx>
            """;
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(gpx)), "file", "loop.gpx" } };
        using var routed = await coach.PostAsync($"/api/group-runs/{first}/route?series=true", upload);
        Assert.True(routed.StatusCode == HttpStatusCode.OK, await routed.Content.ReadAsStringAsync());
        var route = (await coach.GetFromJsonAsync<JsonElement>($"/api/group-runs/{first}")).GetProperty("route");
        Assert.Equal("Park loop", route.GetProperty("name").GetString());
        Assert.InRange(route.GetProperty("meters").GetDouble(), 1000, 1400);
        Assert.Equal(4, route.GetProperty("points").GetArrayLength());

        using var feed = await ana.PostAsync("/api/plans/calendar-feed", null);
        var path = new Uri((await feed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!).PathAndQuery;
        var calendar = IcalCalendar.Load(await server.NewClient().GetStringAsync(path))!;
        var e = calendar.Events.Single(x => x.Uid!.StartsWith($"group-run-{first}@", StringComparison.Ordinal));
        Assert.Equal(("Europe/London", 6, 1), (e.DtStart!.TzId, e.DtStart.Hour, e.Sequence));
        Assert.Equal(51.5362, e.GeographicLocation!.Latitude, 4);
        Assert.Equal(EventStatus.Tentative, e.Status);
        Assert.Contains("Starts in", e.Description, StringComparison.Ordinal);

        using (var moved = await coach.PutAsJsonAsync($"/api/group-runs/{first}?series=true", Run(monday, "06:30", anaId)))
        {
            Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        }

        using (var cancelled = await coach.DeleteAsync($"/api/group-runs/{runs[5].GetProperty("id").GetInt32()}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        }

        var after = IcalCalendar.Load(await server.NewClient().GetStringAsync(path))!;
        var movedEvent = after.Events.Single(x => x.Uid == e.Uid);
        Assert.Equal((6, 30, 2), (movedEvent.DtStart!.Hour, movedEvent.DtStart.Minute, movedEvent.Sequence));
        var last = after.Events.Single(x => x.Uid!.StartsWith($"group-run-{runs[5].GetProperty("id").GetInt32()}@", StringComparison.Ordinal));
        Assert.Equal((EventStatus.Cancelled, 3), (last.Status, last.Sequence));

        // The coach's own feed has the runs too, without a plan.
        using var coachFeed = await coach.PostAsync("/api/plans/calendar-feed", null);
        var coachPath = new Uri((await coachFeed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!).PathAndQuery;
        Assert.Equal(6, IcalCalendar.Load(await server.NewClient().GetStringAsync(coachPath))!.Events.Count);
    }

    [Fact]
    public async Task SheetPage_LargeTypeForTheCoach_NotFoundForOthers()
    {
        var (coach, coachEmail) = await Api.CoachAsync(server, "sam");
        var ana = await Api.RunnerAsync(server, "ana");
        await Api.LinkAsync(coach, ana, "training-and-health");
        using (var plan = await ana.PostAsJsonAsync("/api/plans", new { template = "nhs-couch-to-5k", start = Iso(Today), days = PlanCalendarTests.EveryOtherDay(Today) }))
        {
            Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
        }

        using var created = await coach.PostAsJsonAsync("/api/group-runs", Run(Today, "23:59", await Api.IdAsync(ana)));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetInt32();
        using (await ana.PostAsJsonAsync($"/api/group-runs/{id}/answer", new { answer = "yes" }))
        {
        }

        var browser = server.NewClient();
        using (await browser.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = coachEmail, ["Input.Password"] = Api.Password }))
        {
        }

        var sheet = await browser.GetPageAsync($"/coach/group-runs/{id}/sheet");
        Assert.Contains("8 × (1:00 run, 1:30 walk)", sheet.QuerySelector(".sheet-session")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("group back at", sheet.Body!.TextContent, StringComparison.Ordinal);

        var (_, otherEmail) = await Api.CoachAsync(server, "other");
        var other = server.NewClient();
        using (await other.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = otherEmail, ["Input.Password"] = Api.Password }))
        {
        }

        using var refused = await other.GetAsync($"/coach/group-runs/{id}/sheet");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task AttendancePage_HurtWithoutAScore_RefusedAndWhatWasChosenKept()
    {
        var (coach, email) = await Api.CoachAsync(server, "sam");
        var ana = await Api.RunnerAsync(server, "ana");
        var ben = await Api.RunnerAsync(server, "ben");
        await Api.LinkAsync(coach, ana, "training-and-health");
        await Api.LinkAsync(coach, ben, "training");
        var (anaId, benId) = (await Api.IdAsync(ana), await Api.IdAsync(ben));
        using var created = await coach.PostAsJsonAsync("/api/group-runs", Run(Today, "23:59", anaId, benId));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetInt32();
        await using (var db = server.Database.NewContext())
        {
            var stored = await db.GroupRuns.SingleAsync(r => r.Id == id);
            stored.StartUtc = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-40);
            await db.SaveChangesAsync();
        }

        var browser = server.NewClient();
        using (await browser.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Api.Password }))
        {
        }

        using var response = await browser.SubmitAsync($"/coach/group-runs/{id}", "attendance", new Dictionary<string, string>
        {
            ["mark-" + anaId] = "hurt", ["pain-" + anaId] = "", ["mark-" + benId] = "cut-short",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("0 to 10", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector($"input[name='mark-{anaId}'][value=hurt]")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector($"input[name='mark-{benId}'][value=cut-short]")!.HasAttribute("checked"));
        await using var check = server.Database.NewContext();
        Assert.DoesNotContain(await check.GroupRunInvitees.Where(i => i.GroupRunId == id).Select(i => i.Attendance).ToListAsync(), a => a != null);
    }

    [Fact]
    public async Task FormPage_BadInput_FieldErrorsAndEverythingTypedKept()
    {
        var (_, email) = await Api.CoachAsync(server, "sam");
        var browser = server.NewClient();
        using (await browser.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Api.Password }))
        {
        }

        using var response = await browser.SubmitAsync("/coach/group-runs/new", "group-run", new Dictionary<string, string>
        {
            ["Input.PlaceName"] = "Victoria Park", ["Input.Latitude"] = "95", ["Input.Longitude"] = "-0.041", ["Input.Notes"] = "Bring a light",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("between -90 and 90", page.QuerySelector("#place-latitude-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Victoria Park", page.QuerySelector("#place-placeName")!.GetAttribute("value"));
        Assert.Equal("-0.041", page.QuerySelector("#place-longitude")!.GetAttribute("value"));
        Assert.Equal("Bring a light", page.QuerySelector("#notes")!.TextContent);
        await using var db = server.Database.NewContext();
        Assert.False(await db.MeetingPlaces.AnyAsync(p => p.Name == "Victoria Park" && p.Latitude == 95));
    }

    [Fact]
    public async Task Daylight_SameDocumentAsTheCli_PolarNightIsAnAnswerNotAnError()
    {
        var client = await Api.RunnerAsync(server, "ana");
        var london = await client.GetFromJsonAsync<JsonElement>("/api/daylight?lat=51.5074&lon=-0.1278&date=2026-12-21&zone=Europe/London&time=06:30");
        Assert.Equal("2026-12-21", london.GetProperty("date").GetString());
        Assert.StartsWith("2026-12-21T08:0", london.GetProperty("sunrise").GetString(), StringComparison.Ordinal);
        Assert.True(london.GetProperty("meeting").GetProperty("dark").GetBoolean());
        Assert.Equal(JsonValueKind.Object, london.GetProperty("advice").ValueKind);

        var svalbard = await client.GetFromJsonAsync<JsonElement>("/api/daylight?lat=78.22&lon=15.65&date=2026-12-21&zone=Arctic/Longyearbyen");
        Assert.Equal(("night", JsonValueKind.Null), (svalbard.GetProperty("polar").GetString(), svalbard.GetProperty("sunrise").ValueKind));

        using var bad = await client.GetAsync("/api/daylight?lat=95&lon=0&date=tomorrow&zone=Nowhere");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("lat", out _) && errors.TryGetProperty("date", out _) && errors.TryGetProperty("zone", out _));
    }
}
