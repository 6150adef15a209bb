using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Core.Load;
using Harrier.Data.Import;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

/// <summary>The runner's heart rates (settings page and PUT /api/me) give unrated imported runs a heart-rate load that the load counts.</summary>
public sealed class HeartRateLoadTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static readonly DateTime LastWeek = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(-7).AddHours(7);

    private static (string, byte[]) Gpx(DateTime start) => ("hr.gpx", SampleActivity.Gpx(start, TimeSpan.FromMinutes(45), 51.5, -0.12));

    [Fact]
    public async Task Api_HeartRatesGiven_UnratedRunGetsTrimpAndCountsInTheLoadByIt()
    {
        using var client = await Api.RunnerAsync(server, "trimp");
        var runId = (await Api.ImportAsync(client, null, Gpx(LastWeek))).GetProperty("files")[0].GetProperty("runId").GetInt32();
        var before = await client.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}");

        using var put = await client.PutAsJsonAsync("/api/me", new { heartRate = new { maxHeartRate = 190, restingHeartRate = 50, sex = "female" } });
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}");
        var load = await client.GetFromJsonAsync<JsonElement>("/api/load");

        Assert.Equal("none", before.GetProperty("loadBasis").GetString());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var profile = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("the weighting for women", profile.GetProperty("heartRate").GetProperty("constants").GetString(), StringComparison.Ordinal);
        var trimp = after.GetProperty("heartRateLoad").GetDouble();
        Assert.InRange(trimp, 80, 160); // 45 minutes at 118–172 bpm against 50–190, women's constants
        Assert.Equal(JsonValueKind.Null, after.GetProperty("effortLoad").ValueKind);
        Assert.Equal(("heart-rate", Math.Round(trimp * LoadCalibration.DefaultEffortPerTrimp, 1)),
            (after.GetProperty("loadBasis").GetString(), after.GetProperty("load").GetDouble()));
        var week = load.GetProperty("weeks").EnumerateArray().Single(w => w.GetProperty("runs").GetInt32() == 1);
        Assert.Equal(trimp * 2, week.GetProperty("load").GetDouble(), 0.5);
        Assert.Equal(trimp, week.GetProperty("heartRateLoad").GetDouble(), 0.5);
        Assert.Equal(0, week.GetProperty("effortLoad").GetDouble());
        Assert.Empty(load.GetProperty("noLoadRunIds").EnumerateArray());
        Assert.False(load.GetProperty("calibration").GetProperty("personal").GetBoolean());
        Assert.True(load.GetProperty("daily").EnumerateArray().Last().GetProperty("fitness").GetDouble() > 0);
    }

    [Fact]
    public async Task Api_RatingTheRun_ReplacesItsHeartRateLoad()
    {
        using var client = await Api.RunnerAsync(server, "rated");
        using var _ = await client.PutAsJsonAsync("/api/me", new { heartRate = new { maxHeartRate = 185, restingHeartRate = 55 } });
        var start = new DateTimeOffset(LastWeek.AddDays(1), TimeSpan.Zero);
        var runId = (await Api.ImportAsync(client, null, Gpx(start.UtcDateTime))).GetProperty("files")[0].GetProperty("runId").GetInt32();
        var imported = await client.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}");

        using var rate = await client.PutAsJsonAsync($"/api/runs/{runId}", Api.Run(start, meters: imported.GetProperty("distanceMeters").GetDouble(),
            seconds: imported.GetProperty("durationSeconds").GetDouble(), rpe: 3));
        var rated = await rate.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("heart-rate", imported.GetProperty("loadBasis").GetString());
        Assert.Equal(("effort", rated.GetProperty("effortLoad").GetDouble()), (rated.GetProperty("loadBasis").GetString(), rated.GetProperty("load").GetDouble()));
        Assert.Equal(imported.GetProperty("heartRateLoad").GetDouble(), rated.GetProperty("heartRateLoad").GetDouble());
    }

    [Theory]
    [InlineData(190, null, "heartRate.restingHeartRate")]
    [InlineData(300, 50, "heartRate.maxHeartRate")]
    [InlineData(120, 100, "heartRate.restingHeartRate")]
    public async Task Api_BadHeartRates_AreFieldErrorsAndNothingIsStored(int? max, int? resting, string field)
    {
        using var client = await Api.RunnerAsync(server, "bad");

        using var put = await client.PutAsJsonAsync("/api/me", new { displayName = "Changed", heartRate = new { maxHeartRate = max, restingHeartRate = resting } });

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var problem = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.NotEqual("Changed", me.GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("heartRate").GetProperty("maxHeartRate").ValueKind);
    }

    [Fact]
    public async Task SettingsPage_HeartRates_AreAskedCheckedAndSaved()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "settings");

        using var bad = await browser.SubmitAsync("/account/settings", "settings",
            new Dictionary<string, string> { ["Input.MaxHeartRate"] = "185", ["Input.RestingHeartRate"] = "" });
        using var good = await browser.SubmitAsync("/account/settings", "settings",
            new Dictionary<string, string> { ["Input.MaxHeartRate"] = "185", ["Input.RestingHeartRate"] = "52", ["Input.Sex"] = "Male" });
        var saved = await browser.GetPageAsync(Pages.Target(good));

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var page = Browserless.Parse(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Enter your resting heart rate too, or leave both empty.",
            page.QuerySelectorAll(".validation-message").Select(m => m.TextContent));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("185", saved.QuerySelector("#max-heart-rate")!.GetAttribute("value"));
        Assert.Equal("52", saved.QuerySelector("#resting-heart-rate")!.GetAttribute("value"));
        Assert.Equal("Male", saved.QuerySelector("#sex option[selected]")!.GetAttribute("value"));
    }
}
