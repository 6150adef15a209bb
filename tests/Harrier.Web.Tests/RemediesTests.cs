using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Core.Remedies;
using Harrier.Data;
using Harrier.Data.Pain;
using Harrier.Data.Remedies;
using Harrier.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Harrier.Web.Tests;

public sealed class RemediesTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    private static readonly ExperimentArm[] Alternating =
        [ExperimentArm.Remedy, ExperimentArm.Control, ExperimentArm.Remedy, ExperimentArm.Control, ExperimentArm.Remedy, ExperimentArm.Control];

    [Fact]
    public async Task Api_Start_DrawsOneRemedyAndOneControlPeriodInEveryPair()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");

        using var response = await client.PostAsJsonAsync("/api/remedies", new { remedy = "Evening hip-flexor stretch", start = Today, periodDays = 7, pairs = 6 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var periods = body.GetProperty("periods").EnumerateArray().ToArray();
        Assert.Equal(12, periods.Length);
        Assert.All(periods.GroupBy(p => p.GetProperty("pair").GetInt32()),
            pair => Assert.Equal(["control", "remedy"], pair.Select(p => p.GetProperty("arm").GetString()!).Order(StringComparer.Ordinal)));
        Assert.Equal("running", body.GetProperty("status").GetString());
        Assert.Equal(3, body.GetProperty("design").GetProperty("washoutDays").GetInt32());
        Assert.Equal(Today.AddDays(83), DateOnly.Parse(body.GetProperty("design").GetProperty("end").GetString()!, CultureInfo.InvariantCulture));
        var current = body.GetProperty("current");
        Assert.Equal(periods[0].GetProperty("arm").GetString() == "remedy", current.GetProperty("doRemedy").GetBoolean());
        Assert.True(current.GetProperty("washout").GetBoolean());
        Assert.Equal("not-enough-data", body.GetProperty("analysis").GetProperty("verdict").GetString());
        Assert.Equal("Not enough data yet (0 pairs, need 6).", body.GetProperty("analysis").GetProperty("summary").GetString());

        var list = await client.GetFromJsonAsync<JsonElement>("/api/remedies");
        Assert.Equal("Evening hip-flexor stretch", list[0].GetProperty("remedy").GetString());
        Assert.Equal("running", list[0].GetProperty("status").GetString());
        Assert.Equal(6, list[0].GetProperty("neededPairs").GetInt32());
    }

    [Fact]
    public async Task Api_ExerciseFromTheLibrary_IsNamedAfterIt()
    {
        using var client = await Api.RunnerAsync(server);

        using var response = await client.PostAsJsonAsync("/api/remedies", new { exerciseId = "hip-flexor-stretch", start = Today.AddDays(3), periodDays = 14, pairs = 2 });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Hip-flexor (psoas) stretch", body.GetProperty("remedy").GetString());
        Assert.Equal("hip-flexor-stretch", body.GetProperty("exerciseId").GetString());
        Assert.Equal("planned", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("current").ValueKind);
    }

    [Theory]
    [InlineData("remedy", null, null, 0, 7, 6, 3)]
    [InlineData("exerciseId", "Stretch", "no-such-exercise", 0, 7, 6, 3)]
    [InlineData("start", "Stretch", null, -1, 7, 6, 3)]
    [InlineData("start", "Stretch", null, 400, 7, 6, 3)]
    [InlineData("periodDays", "Stretch", null, 0, 6, 6, 3)]
    [InlineData("periodDays", "Stretch", null, 0, 15, 6, 3)]
    [InlineData("pairs", "Stretch", null, 0, 7, 0, 3)]
    [InlineData("pairs", "Stretch", null, 0, 7, 21, 3)]
    [InlineData("washoutDays", "Stretch", null, 0, 7, 6, 4)]
    [InlineData("washoutDays", "Stretch", null, 0, 7, 6, -1)]
    public async Task Api_InvalidDesign_IsRejectedWithTheField(string field, string? remedy, string? exerciseId, int startOffset, int periodDays, int pairs, int washoutDays)
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");

        using var response = await client.PostAsJsonAsync("/api/remedies",
            new { remedy, exerciseId, start = Today.AddDays(startOffset), periodDays, pairs, washoutDays });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
        Assert.Empty(await client.GetFromJsonAsync<JsonElement[]>("/api/remedies") ?? []);
    }

    [Fact]
    public async Task Api_OverlappingExperiment_IsRejectedUntilTheFirstIsStopped()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        using var first = await client.PostAsJsonAsync("/api/remedies", new { remedy = "Foam rolling", start = Today, periodDays = 7, pairs = 6 });
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        using var overlapping = await client.PostAsJsonAsync("/api/remedies", new { remedy = "Calf stretch", start = Today.AddDays(20), periodDays = 7, pairs = 2 });
        using var stop = await client.PostAsync($"/api/remedies/{id}/stop", null);
        using var afterStop = await client.PostAsJsonAsync("/api/remedies", new { remedy = "Calf stretch", start = Today, periodDays = 7, pairs = 2 });

        Assert.Equal(HttpStatusCode.BadRequest, overlapping.StatusCode);
        Assert.Contains("Foam rolling", (await overlapping.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var stopped = await stop.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("stopped", stopped.GetProperty("status").GetString());
        Assert.Equal(Today, DateOnly.Parse(stopped.GetProperty("stoppedOn").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.Created, afterStop.StatusCode);
    }

    [Fact]
    public async Task Analysis_SixPairsThreePointsLowerWithTheRemedy_SaysItHelpsWithTheExactP()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        var start = Today.AddDays(-84);
        var id = await InsertTrialAsync(client, start, Alternating, day => day.Arm == ExperimentArm.Remedy ? 2 : 5);
        await Api.CreateRunAsync(client, Api.Run(new DateTimeOffset(start.AddDays(4).ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero), seconds: 1800, rpe: 4));

        var body = await client.GetFromJsonAsync<JsonElement>($"/api/remedies/{id}");

        var analysis = body.GetProperty("analysis");
        Assert.Equal("finished", body.GetProperty("status").GetString());
        Assert.Equal("helps", analysis.GetProperty("verdict").GetString());
        Assert.Equal(6, analysis.GetProperty("completedPairs").GetInt32());
        Assert.All(analysis.GetProperty("pairs").EnumerateArray(), p => Assert.Equal(-3, p.GetProperty("difference").GetDouble()));
        Assert.Equal(-3, analysis.GetProperty("interval").GetProperty("mean").GetDouble());
        Assert.Equal(2.0 / 64, analysis.GetProperty("randomization").GetProperty("twoSided").GetDouble(), 9);
        Assert.Equal(64, analysis.GetProperty("randomization").GetProperty("assignments").GetInt64());
        Assert.True(analysis.GetProperty("bayes").GetProperty("probabilityOfCut").GetDouble() > 0.9);
        Assert.StartsWith("The 2-point threshold", analysis.GetProperty("bayes").GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Contains("very likely helps you", analysis.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var days = body.GetProperty("days").EnumerateArray().ToArray();
        Assert.Equal(84, days.Length);
        Assert.Equal(120, days[4].GetProperty("load").GetDouble());
        Assert.False(days[0].GetProperty("counted").GetBoolean());
        Assert.Equal(2, days[3].GetProperty("pain").GetInt32());
    }

    [Fact]
    public async Task Analysis_ThreeOfSixPairsDone_IsNotEnoughDataWithAnEarlyLook()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        var id = await InsertTrialAsync(client, Today.AddDays(-42), Alternating, day => day.Arm == ExperimentArm.Remedy ? 3 : 4);

        var analysis = (await client.GetFromJsonAsync<JsonElement>($"/api/remedies/{id}")).GetProperty("analysis");

        Assert.Equal("not-enough-data", analysis.GetProperty("verdict").GetString());
        Assert.StartsWith("Not enough data yet (3 pairs, need 6).", analysis.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("An early look, not a verdict", analysis.GetProperty("bayes").GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Equal(0.25, analysis.GetProperty("randomization").GetProperty("twoSided").GetDouble(), 9);
    }

    [Fact]
    public async Task Analysis_StoppedExperiment_IgnoresCheckInsFromTheStopDayOn()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        var id = await InsertTrialAsync(client, Today.AddDays(-14), [ExperimentArm.Remedy, ExperimentArm.Control], _ => 3, stoppedOn: Today.AddDays(-7));

        var body = await client.GetFromJsonAsync<JsonElement>($"/api/remedies/{id}");

        Assert.Equal("stopped", body.GetProperty("status").GetString());
        Assert.Equal(7, body.GetProperty("days").GetArrayLength());
        Assert.Equal(0, body.GetProperty("analysis").GetProperty("completedPairs").GetInt32());
        Assert.StartsWith("Stopped on", body.GetProperty("analysis").GetProperty("caveats")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Privacy_AnotherRunnersExperiment_IsNotFoundEverywhere()
    {
        using var ana = await Api.RunnerAsync(server, "ana");
        using var created = await ana.PostAsJsonAsync("/api/remedies", new { remedy = "Ana's secret stretch", start = Today.AddDays(1), periodDays = 7, pairs = 6 });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        using var ben = await Api.RunnerAsync(server, "ben");
        using var benBrowser = await Pages.SignedInBrowserAsync(server, "benpage");

        using var get = await ben.GetAsync($"/api/remedies/{id}");
        using var stop = await ben.PostAsync($"/api/remedies/{id}/stop", null);
        var list = await ben.GetFromJsonAsync<JsonElement>("/api/remedies");
        using var page = await benBrowser.GetAsync($"/remedies/{id}");
        var listPage = await (await benBrowser.GetAsync("/remedies")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stop.StatusCode);
        Assert.Equal(0, list.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("secret stretch", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret stretch", listPage, StringComparison.Ordinal);
        var still = await ana.GetFromJsonAsync<JsonElement>($"/api/remedies/{id}");
        Assert.Equal(JsonValueKind.Null, still.GetProperty("stoppedOn").ValueKind);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheRemediesApi()
    {
        using var client = server.NewClient();
        var paths = (await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/remedies", out var list) && list.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/remedies/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/remedies/{id}/stop", out _));
    }

    [Fact]
    public async Task Api_WithoutSignIn_IsUnauthorized()
    {
        using var client = server.NewClient();
        using var response = await client.GetAsync("/api/remedies");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Page_StartThroughTheForm_ShowsTodaysPeriodTheChartAndTheList()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "remedy-page");
        var form = await browser.GetPageAsync("/remedies");
        Assert.Contains("You'll alternate 6 pairs of periods, 7 days each", form.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The first 3 days of each period are ignored", form.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("Do your two-tap morning check-in every day", form.Body.TextContent, StringComparison.Ordinal);

        using var saved = await browser.SubmitAsync("/remedies", "remedy", new Dictionary<string, string>
        {
            ["Input.Remedy"] = "Evening calf stretch",
            ["Input.PeriodDays"] = "10",
            ["Input.Pairs"] = "6",
            ["Input.WashoutDays"] = "2",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var target = Pages.Target(saved);
        Assert.Matches("^/remedies/[0-9]+$", target);
        var page = await browser.GetPageAsync(target);
        Assert.Equal("Evening calf stretch", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelector(".today-arm")!.TextContent.Trim(), new[] { "Do the remedy today.", "No remedy today: leave it out." });
        Assert.NotNull(page.QuerySelector("svg.remedy-chart[role=img][aria-label]"));
        Assert.Equal(12, page.QuerySelectorAll(".remedy-schedule tbody tr").Length);
        Assert.Contains("Not enough data yet (0 pairs, need 6)", page.Body!.TextContent, StringComparison.Ordinal);
        var list = await browser.GetPageAsync("/remedies");
        Assert.Equal("Evening calf stretch", list.QuerySelector(".remedy-list a")!.TextContent);
    }

    [Fact]
    public async Task Page_InvalidForm_ShowsTheErrorsAndKeepsTheInput()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "remedy-bad");

        using var response = await browser.SubmitAsync("/remedies", "remedy", new Dictionary<string, string>
        {
            ["Input.Remedy"] = "",
            ["Input.Start"] = Today.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.PeriodDays"] = "8",
            ["Input.WashoutDays"] = "5",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        var messages = page.QuerySelectorAll(".validation-message").Select(m => m.TextContent).ToArray();
        Assert.Contains("Name the remedy, or pick an exercise from the library.", messages);
        Assert.Contains("Start today or later: days before the random draw cannot count.", messages);
        Assert.Contains("Ignore 0 to 4 days at the start of each period (at most half of it).", messages);
        Assert.Equal("8", page.QuerySelector("select[name='Input.PeriodDays'] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Page_Explain_DescribesTheChosenNumbersWithoutStarting()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "remedy-explain");

        using var response = await browser.SubmitAsync("/remedies", "remedy", new Dictionary<string, string>
        {
            ["Input.Remedy"] = "Calf stretch",
            ["Input.PeriodDays"] = "10",
            ["Input.Pairs"] = "4",
            ["Input.WashoutDays"] = "2",
            ["action"] = "explain",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Browserless.Parse(await response.Content.ReadAsStringAsync()).Body!.TextContent;
        Assert.Contains("You'll alternate 4 pairs of periods, 10 days each", text, StringComparison.Ordinal);
        Assert.Contains("That is 80 days in all", text, StringComparison.Ordinal);
        Assert.Contains("The first 2 days of each period are ignored", text, StringComparison.Ordinal);
        Assert.Contains("With fewer than 6 pairs Harrier can show an early estimate but no verdict", text, StringComparison.Ordinal);
        Assert.Contains("None yet.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_FinishedExperiment_ShowsTheVerdictAndNumbers()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "remedy-verdict");
        var id = await InsertTrialAsync(browser, Today.AddDays(-84), Alternating, day => day.Arm == ExperimentArm.Remedy ? 2 : 5);

        var page = await browser.GetPageAsync($"/remedies/{id}");

        Assert.Equal("helps", page.QuerySelector("[data-verdict]")!.GetAttribute("data-verdict"));
        Assert.Contains("p = 0.031", page.QuerySelector("[data-stat=p]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3.0 points less", page.QuerySelector("[data-stat=interval]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("More than 99%. The 2-point threshold", page.QuerySelector("[data-stat=bayes]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, page.QuerySelectorAll(".remedy-pairs tbody tr").Length);
        Assert.Equal(84, page.QuerySelectorAll(".remedy-days tbody tr").Length);
        Assert.Null(page.QuerySelector("button.danger"));
    }

    [Fact]
    public async Task Page_Stop_EndsTheExperiment()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "remedy-stop");
        using var saved = await browser.SubmitAsync("/remedies", "remedy", new Dictionary<string, string> { ["Input.Remedy"] = "Step-rate cue" });
        var target = Pages.Target(saved);

        using var stopped = await browser.SubmitAsync(target, "stop", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        var page = await browser.GetPageAsync(target);
        Assert.StartsWith("Stopped", page.QuerySelector(".lead.remedy-status")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("button.danger"));
    }

    /// <summary>Stores a trial with a known order straight in the database, with a check-in on every day from its start until yesterday.</summary>
    private async Task<int> InsertTrialAsync(
        HttpClient client, DateOnly start, ExperimentArm[] firstArms, Func<ExperimentPeriod, int> pain, DateOnly? stoppedOn = null)
    {
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        var ownerId = me.GetProperty("id").GetString()!;
        var design = new RemedyExperimentDesign("Morning cat-camel", start, 7, 3, firstArms);
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HarrierDbContext>();
        var trial = RemedyTrial.From(ownerId, design, null, DateTime.UnixEpoch);
        trial.StoppedOn = stoppedOn;
        db.RemedyTrials.Add(trial);
        for (var day = start; day < Today && day <= design.End; day = day.AddDays(1))
        {
            db.CheckIns.Add(new CheckInRecord { OwnerId = ownerId, Day = day, Pain = pain(design.PeriodOn(day)!), RecordedUtc = DateTime.UnixEpoch });
        }

        await db.SaveChangesAsync();
        return trial.Id;
    }
}
