using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Harrier.Core.Log;
using Harrier.Core.Plans;
using Harrier.Data;
using Harrier.Data.Plans;
using Harrier.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Harrier.Web.Tests;

public sealed class LoadTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static readonly DateTime UtcNow = TimeProvider.System.GetUtcNow().UtcDateTime;

    /// <summary>Monday of the current week in UTC (the test runners live in Etc/UTC).</summary>
    private static readonly DateOnly ThisMonday = TrainingLog.WeekStart(DateOnly.FromDateTime(UtcNow), DayOfWeek.Monday);

    private static DateTimeOffset At(DateOnly day, int hour = 7) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Get_RunsAtKnownDates_ReportsWeeklyLoadMonotonyAndStrain()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        var week = ThisMonday.AddDays(-14);
        await Api.CreateRunAsync(client, Api.Run(At(week), meters: 5000, seconds: 1800, rpe: 4));            // 4 × 30 = 120
        await Api.CreateRunAsync(client, Api.Run(At(week.AddDays(2)), meters: 4000, seconds: 1200, rpe: 3)); // 3 × 20 = 60

        var load = await client.GetFromJsonAsync<JsonElement>("/api/load?weeks=12");

        var weeks = load.GetProperty("weeks");
        Assert.Equal(12, weeks.GetArrayLength());
        Assert.Equal(Iso(ThisMonday), weeks[11].GetProperty("start").GetString());
        var shown = weeks.EnumerateArray().Single(w => w.GetProperty("start").GetString() == Iso(week));
        Assert.Equal(180, shown.GetProperty("load").GetDouble());
        Assert.Equal(9000, shown.GetProperty("distanceMeters").GetDouble());
        Assert.Equal(2, shown.GetProperty("runs").GetInt32());
        Assert.Equal(0, shown.GetProperty("unrated").GetInt32());
        // Daily loads 120, 0, 60, 0, 0, 0, 0: mean 25.71, population SD 43.71 → monotony 0.59, strain 105.9.
        Assert.Equal(0.59, shown.GetProperty("monotony").GetDouble(), 2);
        Assert.Equal(105.9, shown.GetProperty("strain").GetDouble(), 0.1);
        Assert.Equal(JsonValueKind.Null, weeks[0].GetProperty("monotony").ValueKind);

        var daily = load.GetProperty("daily");
        Assert.Equal(Iso(ThisMonday.AddDays(-77)), daily[0].GetProperty("date").GetString());
        Assert.True(daily[daily.GetArrayLength() - 1].GetProperty("fitness").GetDouble() > 0);
        Assert.Equal(daily.GetArrayLength(), load.GetProperty("acwr").GetArrayLength());
        Assert.Contains("not as an injury risk score", load.GetProperty("acwrCaveat").GetString(), StringComparison.Ordinal);
        Assert.Contains("Foster", load.GetProperty("evidence").GetProperty("load").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, load.GetProperty("plan").ValueKind);
        Assert.Equal(0, load.GetProperty("plannedWeeks").GetArrayLength());
    }

    [Fact]
    public async Task Get_RunMuchLongerThanRecentLongest_IsReportedAsSpikeWithNumbers()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        var start = ThisMonday.AddDays(-21);
        await Api.CreateRunAsync(client, Api.Run(At(start), meters: 5000, seconds: 1800));
        await Api.CreateRunAsync(client, Api.Run(At(start.AddDays(3)), meters: 5400, seconds: 1950)); // +8%: within the rule
        var spike = await Api.CreateRunAsync(client, Api.Run(At(start.AddDays(8)), meters: 8000, seconds: 2880, rpe: 5));

        var load = await client.GetFromJsonAsync<JsonElement>("/api/load");

        var spikes = load.GetProperty("spikes");
        var only = Assert.Single(spikes.EnumerateArray());
        Assert.Equal(spike.GetProperty("id").GetInt32(), only.GetProperty("runId").GetInt32());
        Assert.Equal(8000, only.GetProperty("distanceMeters").GetDouble());
        Assert.Equal(5400, only.GetProperty("previousLongestMeters").GetDouble());
        Assert.Equal(48.1, only.GetProperty("increasePercent").GetDouble());
        Assert.Equal("moderate", only.GetProperty("size").GetString());
        Assert.Equal(Iso(start.AddDays(8)), only.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Get_AnotherRunnersRuns_NeverAppear()
    {
        using var ana = await Api.RunnerAsync(server, "ana", timeZone: "Etc/UTC");
        await Api.CreateRunAsync(ana, Api.Run(At(ThisMonday.AddDays(-10)), meters: 5000, seconds: 1800));
        await Api.CreateRunAsync(ana, Api.Run(At(ThisMonday.AddDays(-3)), meters: 12000, seconds: 4200));
        using var ben = await Api.RunnerAsync(server, "ben", timeZone: "Etc/UTC");

        var load = await ben.GetFromJsonAsync<JsonElement>("/api/load");

        Assert.All(load.GetProperty("weeks").EnumerateArray(), w =>
        {
            Assert.Equal(0, w.GetProperty("runs").GetInt32());
            Assert.Equal(0, w.GetProperty("load").GetDouble());
            Assert.Equal(0, w.GetProperty("distanceMeters").GetDouble());
        });
        Assert.Equal(0, load.GetProperty("spikes").GetArrayLength());
        Assert.All(load.GetProperty("daily").EnumerateArray(), d => Assert.Equal(0, d.GetProperty("fitness").GetDouble()));
        using var browser = await Pages.SignedInBrowserAsync(server, "ben-page");
        var page = await browser.GetPageAsync("/load");
        Assert.Equal("None in these weeks.", page.QuerySelector("[data-spikes=none]")?.TextContent);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("53")]
    [InlineData("twelve")]
    [InlineData("1.5")]
    [InlineData("-3")]
    public async Task Get_BadWeeks_IsValidationProblemNamingWeeks(string weeks)
    {
        using var client = await Api.RunnerAsync(server);

        using var response = await client.GetAsync($"/api/load?weeks={Uri.EscapeDataString(weeks)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("weeks", out _), problem.ToString());
    }

    [Fact]
    public async Task Get_SignedOut_IsUnauthorized()
    {
        using var client = server.NewClient();

        using var response = await client.GetAsync("/api/load");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Page_ShowsLoadTableSpikeCaveatAndLinksUnratedRunsToRating()
    {
        var email = Api.NewEmail("page");
        using var browser = await Pages.SignedInBrowserAsync(server, "page", email);
        using var api = server.NewClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Api.LogInAsync(api, email, Api.Password));
        var week = ThisMonday.AddDays(-7);
        await Api.CreateRunAsync(api, Api.Run(At(week, 12), meters: 4000, seconds: 1500, rpe: 4)); // 4 × 25 = 100
        var spike = await Api.CreateRunAsync(api, Api.Run(At(week.AddDays(2), 12), meters: 6000, seconds: 2100, rpe: 4));
        var unratedId = await ImportUnratedRunAsync(api, At(week.AddDays(4), 12));

        var page = await browser.GetPageAsync("/load");

        Assert.Equal("Training load", page.QuerySelector("h1")?.TextContent);
        var row = page.QuerySelector($"[data-table=weeks] tr[data-week='{Iso(week)}']")!;
        Assert.Equal("240", row.QuerySelector("[data-cell=load]")?.TextContent);
        Assert.Contains("no effort rating", page.QuerySelector("#unrated-heading")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='runs/{unratedId}/edit']"));
        var spikeItem = page.QuerySelector($"[data-spike='{spike.GetProperty("id").GetInt32()}']")!;
        Assert.Contains("6.00 km, 50% longer", spikeItem.TextContent, StringComparison.Ordinal);
        Assert.Contains("(4.00 km;", spikeItem.TextContent, StringComparison.Ordinal);
        Assert.Contains("Impellizzeri 2021", page.QuerySelector("[data-caveat=acwr]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Foster 2001 [S]", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Banister model [S]", page.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("ACWR: contested, descriptive only", page.Body.TextContent, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("svg.load-chart"), svg =>
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label")));
            Assert.NotNull(svg.QuerySelector("title"));
        });

        var load = await api.GetFromJsonAsync<JsonElement>("/api/load");
        Assert.Equal(unratedId, Assert.Single(load.GetProperty("unratedRunIds").EnumerateArray()).GetInt32());
        var jsonWeek = load.GetProperty("weeks").EnumerateArray().Single(w => w.GetProperty("start").GetString() == Iso(week));
        Assert.Equal(1, jsonWeek.GetProperty("unrated").GetInt32());
        Assert.Equal(3, jsonWeek.GetProperty("runs").GetInt32());
    }

    [Fact]
    public async Task Get_WithActivePlan_ShowsPlannedWeeksAhead()
    {
        var email = Api.NewEmail("plan");
        using var browser = await Pages.SignedInBrowserAsync(server, "plan", email);
        using var api = server.NewClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Api.LogInAsync(api, email, Api.Password));
        var plan = PlanTemplates.Get("nhs-couch-to-5k").Apply(ThisMonday.AddDays(7), [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);
        await SavePlanAsync(email, plan);

        var load = await api.GetFromJsonAsync<JsonElement>("/api/load");

        Assert.Equal(plan.Name, load.GetProperty("plan").GetProperty("name").GetString());
        var planned = load.GetProperty("plannedWeeks");
        Assert.Equal(plan.Weeks.Count, planned.GetArrayLength());
        Assert.Equal(Iso(ThisMonday.AddDays(7)), planned[0].GetProperty("start").GetString());
        Assert.Equal(3, planned[0].GetProperty("sessions").GetInt32());
        Assert.True(planned[0].GetProperty("load").GetDouble() > 0);
        var page = await browser.GetPageAsync("/load");
        Assert.NotNull(page.QuerySelector($"[data-table=planned] tr[data-week='{Iso(ThisMonday.AddDays(7))}']"));
        Assert.NotNull(page.QuerySelector("svg.load-chart rect.planned"));
    }

    private async Task SavePlanAsync(string email, TrainingPlan plan)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HarrierDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var stored = new StoredPlan { OwnerId = user.Id, Name = plan.Name, IsActive = true, Document = "", CreatedUtc = UtcNow, UpdatedUtc = UtcNow };
        stored.Plan = plan;
        db.Plans.Add(stored);
        await db.SaveChangesAsync();
    }

    /// <summary>Imports a generated 4 km GPX run (no effort rating) starting at <paramref name="start"/>; returns its id.</summary>
    private static async Task<int> ImportUnratedRunAsync(HttpClient client, DateTimeOffset start)
    {
        var gpx = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?>""")
            .Append("""<gpx version="1.1" creator="Harrier tests" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>""");
        for (var i = 0; i <= 40; i++)
        {
            // 0.0009 degrees of longitude on the equator ≈ 100 m, every 36 s (6:00/km).
            gpx.Append(CultureInfo.InvariantCulture,
                $"""<trkpt lat="0" lon="{i * 0.0009:F4}"><time>{start.UtcDateTime.AddSeconds(36 * i):yyyy-MM-ddTHH:mm:ssZ}</time></trkpt>""");
        }

        gpx.Append("</trkseg></trk></gpx>");
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(gpx.ToString()));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "files", "unrated.gpx");
        using var response = await client.PostAsync("/api/imports", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("files")[0].GetProperty("runId").GetInt32();
    }
}
