using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Data.Import;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

/// <summary>A log that reaches any date: old runs, months and years, all runs with filters, personal bests, cross-training.</summary>
public sealed class LogTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 7, 0, 0, TimeSpan.Zero);

    /// <summary>A runner with runs in 2012, June 2019 (two) and 2021 only: nothing in the last eight weeks.</summary>
    private async Task<(HttpClient Api, HttpClient Browser)> OldRunnerAsync()
    {
        var email = Api.NewEmail("old");
        var browser = await Pages.SignedInBrowserAsync(server, "old", email);
        var api = server.NewClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await Api.LogInAsync(api, email, Api.Password));
        await Api.CreateRunAsync(api, Api.Run(At(2012, 3, 4), meters: 5000, seconds: 1800));
        await Api.CreateRunAsync(api, Api.Run(At(2019, 6, 3), meters: 10000, seconds: 3000, surface: "trail"));
        await Api.CreateRunAsync(api, Api.Run(At(2019, 6, 20), meters: 21100, seconds: 6600));
        await Api.CreateRunAsync(api, Api.Run(At(2021, 5, 9), meters: 8000, seconds: 2700, notes: "last one"));
        return (api, browser);
    }

    [Fact]
    public async Task LogPage_OnlyOldRuns_SaysWhenTheLatestWasAndJumpsToAnyMonth()
    {
        var (api, browser) = await OldRunnerAsync();
        using var _ = api;
        using var __ = browser;

        var log = await browser.GetPageAsync("/log");
        var june = await browser.GetPageAsync("/log?month=2019-06");

        var empty = log.QuerySelector("[data-empty=range]")!;
        Assert.Contains("Your latest run was on 9 May 2021", empty.TextContent, StringComparison.Ordinal);
        Assert.Equal("log?month=2021-05", empty.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain("No runs yet", log.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Your runs go from March 2012 to May 2021.", log.QuerySelector("#jump-span")!.TextContent);
        Assert.Equal("June 2019", june.QuerySelector(".month-heading")!.TextContent);
        Assert.Equal(2, june.QuerySelectorAll("li.run").Length);
        Assert.NotNull(june.QuerySelector("a[href='log?month=2019-05']"));
    }

    [Fact]
    public async Task LogPage_BadMonth_SaysSo()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "month");

        var page = await browser.GetPageAsync("/log?month=June");

        Assert.Contains("Choose a month", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Totals_ApiAndPage_GiveEveryMonthAndYearWithLinks()
    {
        var (api, browser) = await OldRunnerAsync();
        using var _ = api;
        using var __ = browser;

        var months = await api.GetFromJsonAsync<JsonElement>("/api/log/months");
        var years = await api.GetFromJsonAsync<JsonElement>("/api/log/years");
        var page = await browser.GetPageAsync("/log/totals");

        Assert.Equal(((2021 - 2012) * 12) + 3, months.GetArrayLength());
        var june = months.EnumerateArray().Single(m => m.GetProperty("start").GetString() == "2019-06-01");
        Assert.Equal((2, 31100.0, 21100.0), (june.GetProperty("runs").GetInt32(), june.GetProperty("distanceMeters").GetDouble(), june.GetProperty("longestMeters").GetDouble()));
        Assert.Equal(["2021", "2020", "2019", "2018", "2017", "2016", "2015", "2014", "2013", "2012"],
            years.EnumerateArray().Select(y => y.GetProperty("start").GetString()![..4]));
        Assert.Equal("2", page.QuerySelector("[data-table=years] tr[data-year='2019'] td")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-table=months] tr[data-month='2019-06'] a[href='log?month=2019-06']"));
        Assert.Null(page.QuerySelector("[data-table=months] tr[data-month='2019-07'] a"));
    }

    [Fact]
    public async Task AllRuns_FiltersAndPages_ThroughTheApiAndThePage()
    {
        var (api, browser) = await OldRunnerAsync();
        using var _ = api;
        using var __ = browser;

        var all = await api.GetFromJsonAsync<JsonElement>("/api/log/runs?pageSize=3");
        var second = await api.GetFromJsonAsync<JsonElement>("/api/log/runs?pageSize=3&page=2");
        var june = await api.GetFromJsonAsync<JsonElement>("/api/log/runs?from=2019-06-01&to=2019-06-30");
        var trail = await api.GetFromJsonAsync<JsonElement>("/api/log/runs?surface=trail&source=manual");
        var page = await browser.GetPageAsync("/log/runs?from=2019-01-01&to=2019-12-31");

        Assert.Equal((4, 2, 3), (all.GetProperty("total").GetInt32(), all.GetProperty("pages").GetInt32(), all.GetProperty("runs").GetArrayLength()));
        Assert.Equal("2012-03-04T07:00:00+00:00", second.GetProperty("runs")[0].GetProperty("startTime").GetString());
        Assert.Equal(2, june.GetProperty("total").GetInt32());
        Assert.Equal(10000, Assert.Single(trail.GetProperty("runs").EnumerateArray()).GetProperty("distanceMeters").GetDouble());
        Assert.Equal(2, page.QuerySelectorAll("[data-table=runs] tbody tr").Length);
        Assert.Equal("2 runs.", page.QuerySelector("[role=status]")!.TextContent);
    }

    [Theory]
    [InlineData("from=2019-13-01", "from")]
    [InlineData("from=2020-01-01&to=2019-01-01", "to")]
    [InlineData("source=garmin", "source")]
    [InlineData("surface=ice", "surface")]
    [InlineData("shoe=999999", "shoe")]
    [InlineData("pageSize=0", "pageSize")]
    public async Task AllRuns_BadFilter_IsAFieldError(string query, string field)
    {
        using var client = await Api.RunnerAsync(server);

        using var response = await client.GetAsync("/api/log/runs?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task AllRunsPage_BadDay_ShowsTheMessageBesideTheField()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "filter");

        using var response = await browser.GetAsync("/log/runs?from=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Write the day as YYYY-MM-DD, e.g. 2019-06-20.", page.QuerySelector("#from-error")!.TextContent);
    }

    [Fact]
    public async Task Bests_FastestEffortsFromRecordingsAndTheLongestRun_LinkToTheirRuns()
    {
        var (api, browser) = await OldRunnerAsync();
        using var _ = api;
        using var __ = browser;
        var start = new DateTime(2020, 9, 12, 7, 0, 0, DateTimeKind.Utc);
        var import = await Api.ImportAsync(api, null, ("fast.gpx", SampleActivity.Gpx(start, TimeSpan.FromMinutes(40), 51.5, -0.12, 3.5)));
        var recorded = import.GetProperty("files")[0].GetProperty("runId").GetInt32();

        var bests = await api.GetFromJsonAsync<JsonElement>("/api/log/bests");
        var page = await browser.GetPageAsync("/log/bests");

        Assert.Equal(["1km", "5km", "longest-run"], bests.EnumerateArray().Select(b => b.GetProperty("kind").GetString()));
        Assert.Equal(recorded, bests[1].GetProperty("runId").GetInt32());
        Assert.InRange(bests[1].GetProperty("seconds").GetDouble(), 5000 / 3.6, 5000 / 3.4);
        Assert.Equal(21100, bests[2].GetProperty("distanceMeters").GetDouble());
        Assert.NotNull(page.QuerySelector($"[data-table=bests] tr[data-best='5000'] a[href='runs/{recorded}']"));
        Assert.Contains("Longest run", page.QuerySelector("[data-table=bests] tr[data-best=longest]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrossTraining_FromAnUpload_IsListedInTheLogButNotCounted()
    {
        var email = Api.NewEmail("swim");
        using var browser = await Pages.SignedInBrowserAsync(server, "swim", email);
        using var api = server.NewClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await Api.LogInAsync(api, email, Api.Password));
        var swim = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "pool_swim-activity_1.tcx"));

        var body = await Api.ImportAsync(api, null, ("pool.tcx", swim));
        var weeks = await api.GetFromJsonAsync<JsonElement>("/api/log/weeks?weeks=1&before=2022-09-01");
        var runs = await api.GetFromJsonAsync<JsonElement>("/api/log/runs");
        var month = await browser.GetPageAsync("/log?month=2022-08");

        var file = body.GetProperty("files")[0];
        Assert.Equal((1, true, JsonValueKind.Null), (body.GetProperty("imported").GetInt32(), file.GetProperty("crossTraining").GetBoolean(),
            file.GetProperty("runId").ValueKind));
        var week = Assert.Single(weeks.EnumerateArray());
        Assert.Equal("2022-08-22", week.GetProperty("start").GetString());
        Assert.Equal((0, 0.0), (week.GetProperty("runs").GetInt32(), week.GetProperty("distanceMeters").GetDouble()));
        Assert.Equal("other", Assert.Single(week.GetProperty("crossTraining").EnumerateArray()).GetProperty("sport").GetString());
        Assert.Equal(0, runs.GetProperty("total").GetInt32());
        var entry = month.QuerySelector("li.cross-training")!;
        Assert.Contains("Cross-training: Other sport, 25:31", entry.TextContent, StringComparison.Ordinal);
        Assert.Equal("0.00 km", month.QuerySelector("section.week [data-total=distance]")!.TextContent);
    }
}
