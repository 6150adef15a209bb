using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Data.Import;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

/// <summary>Imports through the API and the pages that show what was stored: metrics, charts, units, shoes and the original file.</summary>
public sealed class RecordingTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static byte[] TestFile(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    private static readonly DateTime LastWeek = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(-7).AddHours(7);

    private static byte[] Gpx(DateTime start, int minutes = 30) => SampleActivity.Gpx(start, TimeSpan.FromMinutes(minutes), 51.5, -0.12);

    [Fact]
    public async Task Recording_Api_ServesTheStoredMetricsWithCadenceInStepsPerMinute()
    {
        using var client = await Api.RunnerAsync(server);
        var runId = (await Api.ImportAsync(client, null, ("steady-run.fit", TestFile("steady-run.fit")))).GetProperty("files")[0].GetProperty("runId").GetInt32();

        var recording = await client.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}/recording");

        Assert.True(recording.GetProperty("metricsCurrent").GetBoolean());
        Assert.Equal(1, recording.GetProperty("metricsVersion").GetInt32());
        Assert.InRange(recording.GetProperty("cadence").GetDouble(), 140, 200);
        Assert.False(recording.TryGetProperty("averageCadence", out _));
        Assert.True(recording.GetProperty("streams").TryGetProperty("cadence", out _));
        Assert.True(recording.GetProperty("kilometerSplits").GetArrayLength() > 0);
        Assert.Equal(1000, recording.GetProperty("bestEfforts")[0].GetProperty("distanceMeters").GetDouble());
        Assert.Equal(recording.GetProperty("run").GetProperty("id").GetInt32(), runId);
    }

    [Fact]
    public async Task RunPage_FitRun_NamesTheDeviceAsAPersonWould()
    {
        var email = Api.NewEmail("device");
        using var browser = await Pages.SignedInBrowserAsync(server, "device", email);
        using var api = server.NewClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await Api.LogInAsync(api, email, Api.Password));
        var runId = (await Api.ImportAsync(api, null, ("steady-run.fit", TestFile("steady-run.fit")))).GetProperty("files")[0].GetProperty("runId").GetInt32();

        var page = await browser.GetPageAsync($"/runs/{runId}");
        var recording = await api.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}/recording");

        var device = page.QuerySelectorAll("[aria-label='From the recording'] div").Single(d => d.QuerySelector("dt")!.TextContent == "Recorded with");
        Assert.Equal("Garmin Forerunner 935", device.QuerySelector("dd")!.TextContent);
        Assert.Equal("Garmin Forerunner 935", recording.GetProperty("device").GetString());
    }

    [Fact]
    public async Task Import_MilesRunnerInTokyo_IsDescribedInMilesAndLocalTime()
    {
        using var client = await Api.RunnerAsync(server, "tokyo", "Asia/Tokyo", "miles");
        var start = new DateTime(LastWeek.Year, LastWeek.Month, LastWeek.Day, 22, 0, 0, DateTimeKind.Utc);

        var body = await Api.ImportAsync(client, null, ("late.gpx", Gpx(start)));

        var message = body.GetProperty("files")[0].GetProperty("message").GetString()!;
        var local = start.AddHours(9);
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"3.24 mi on {local:ddd d MMM yyyy}, 07:00"), message, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithDefaultShoes_GivesThemToTheRuns_AndAnotherRunnersPairIsRefused()
    {
        using var ana = await Api.RunnerAsync(server, "shoes");
        using var ben = await Api.RunnerAsync(server, "other");
        using var created = await ana.PostAsJsonAsync("/api/shoes", new { name = "Trail pair" });
        var shoe = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture);

        var body = await Api.ImportAsync(ana, shoe, ("shod.gpx", Gpx(LastWeek)));
        using var refused = Api.Files(("nope.gpx", Gpx(LastWeek.AddDays(1))));
        refused.Add(new StringContent(shoe), "shoeId");
        using var response = await ben.PostAsync("/api/imports", refused);

        var runId = body.GetProperty("files")[0].GetProperty("runId").GetInt32();
        Assert.Equal("Trail pair", (await ana.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}")).GetProperty("shoeName").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("shoeId", out _));
        Assert.Equal(0, (await ben.GetFromJsonAsync<JsonElement>("/api/runs")).GetArrayLength());
    }

    [Fact]
    public async Task Original_GzippedUpload_IsReturnedExactlyAsUploaded()
    {
        using var client = await Api.RunnerAsync(server);
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(Gpx(LastWeek.AddDays(-1)), TestContext.Current.CancellationToken);
        }

        var runId = (await Api.ImportAsync(client, null, ("export.gpx.gz", compressed.ToArray()))).GetProperty("files")[0].GetProperty("runId").GetInt32();
        using var original = await client.GetAsync($"/api/runs/{runId}/original");

        Assert.Equal("application/gzip", original.Content.Headers.ContentType?.MediaType);
        Assert.Equal("export.gpx.gz", original.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(compressed.ToArray(), await original.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task RunPage_GpxRunForAMilesRunner_HasChartsSplitsAndClimbInTheirUnits()
    {
        var email = Api.NewEmail("miles");
        using var browser = await Pages.SignedInBrowserAsync(server, "miles", email);
        using var api = server.NewClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await Api.LogInAsync(api, email, Api.Password));
        using var settings = await api.PutAsJsonAsync("/api/me", new { distanceUnit = "miles" });
        var runId = (await Api.ImportAsync(api, null, ("loop.gpx", Gpx(LastWeek, 40)))).GetProperty("files")[0].GetProperty("runId").GetInt32();

        var page = await browser.GetPageAsync($"/runs/{runId}");

        var charts = page.QuerySelectorAll("svg.chart").Select(c => c.GetAttribute("aria-label")!).ToArray();
        Assert.Contains(charts, c => c.StartsWith("Pace: from", StringComparison.Ordinal) && c.EndsWith(" mi", StringComparison.Ordinal) && c.Contains("/mi", StringComparison.Ordinal));
        Assert.Contains(charts, c => c.StartsWith("Heart rate: from", StringComparison.Ordinal));
        Assert.Contains(charts, c => c.StartsWith("Elevation: from", StringComparison.Ordinal) && c.Contains(" ft over ", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelectorAll("h2").FirstOrDefault(h => h.TextContent == "Splits per mile"));
        var text = page.Body!.TextContent;
        Assert.Contains("ft/mi", text, StringComparison.Ordinal);
        Assert.Contains("Harrier sample data (synthetic)", text, StringComparison.Ordinal);
        Assert.Contains("Sample loop (synthetic)", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='api/runs/{runId}/original'][download='loop.gpx']"));
    }

    [Fact]
    public async Task RunPage_ManualRun_ShowsWhatItHasAndTheLogLinksToIt()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "manual");
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var (date, time) = (now.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "05:00");
        using var saved = await browser.SubmitAsync("/runs/new", "run", new Dictionary<string, string>
        {
            ["Input.Date"] = date,
            ["Input.Time"] = time,
            ["Input.Distance"] = "5",
            ["Input.Duration"] = "30:00",
            ["Input.Rpe"] = "4",
            ["Input.Surface"] = "Trail",
            ["Input.Name"] = "Hill reps",
            ["Input.Notes"] = "windy",
        });
        var id = int.Parse(Pages.Target(saved).Split('=')[1], CultureInfo.InvariantCulture);
        var log = await browser.GetPageAsync("/log?before=" + now.AddDays(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        var page = await browser.GetPageAsync($"/runs/{id}");

        Assert.NotNull(log.QuerySelector($"#run-{id} a[href='runs/{id}']"));
        Assert.Equal("Hill reps", page.QuerySelector("h1")!.TextContent);
        var summary = page.QuerySelector("[aria-label=Summary]")!.TextContent;
        Assert.Contains("5.00 km", summary, StringComparison.Ordinal);
        Assert.Contains("Trail", summary, StringComparison.Ordinal);
        Assert.Equal("120", page.QuerySelector("[data-load=effort]")!.TextContent.Trim());
        Assert.Equal("–", page.QuerySelector("[data-load=heart-rate]")!.TextContent.Trim());
        Assert.Contains("Entered by hand", page.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("svg.chart"));
    }
}
