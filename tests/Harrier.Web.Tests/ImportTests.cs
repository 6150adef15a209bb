using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

public sealed class ImportTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static byte[] TestFile(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    private static MultipartFormDataContent Files(params (string Name, byte[] Data)[] files) => Api.Files(files);

    [Fact]
    public async Task Api_UploadFitThenAgain_ImportsOnceAndServesRecording()
    {
        using var client = await Api.RunnerAsync(server);

        using var first = await client.PostAsync("/api/imports", Files(("steady-run.fit", TestFile("steady-run.fit"))));
        using var second = await client.PostAsync("/api/imports", Files(("copy.fit", TestFile("steady-run.fit"))));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var imported = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, imported.GetProperty("imported").GetInt32());
        var runId = imported.GetProperty("files")[0].GetProperty("runId").GetInt32();
        var again = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, again.GetProperty("duplicates").GetInt32());
        Assert.Equal("duplicate", again.GetProperty("files")[0].GetProperty("status").GetString());

        var recording = await client.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}/recording");
        Assert.Equal("fit", recording.GetProperty("format").GetString());
        Assert.Null(recording.GetProperty("run").GetProperty("rpe").GetString());
        Assert.Equal(recording.GetProperty("sampleCount").GetInt32(), recording.GetProperty("streams").GetProperty("seconds").GetArrayLength());
        using var original = await client.GetAsync($"/api/runs/{runId}/original");
        Assert.Equal("application/octet-stream", original.Content.Headers.ContentType?.MediaType);
        Assert.Equal("steady-run.fit", original.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(TestFile("steady-run.fit"), await original.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Api_BrokenAndForeignFiles_AreReportedWithReasons()
    {
        using var client = await Api.RunnerAsync(server);

        using var response = await client.PostAsync("/api/imports", Files(("broken.fit", "garbage that is not FIT"u8.ToArray()), ("notes.txt", "hello"u8.ToArray())));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, body.GetProperty("imported").GetInt32());
        Assert.Equal(2, body.GetProperty("skipped").GetInt32());
        Assert.All(body.GetProperty("files").EnumerateArray(), f => Assert.True(f.GetProperty("unreadable").GetBoolean()));
        var runs = await client.GetFromJsonAsync<JsonElement>("/api/runs");
        Assert.Equal(0, runs.GetArrayLength());
    }

    [Fact]
    public async Task Api_WithCookieInsteadOfBearer_IsRefused()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "cookie");
        using var response = await browser.PostAsync("/api/imports", Files(("run.fit", TestFile("steady-run.fit"))));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Page_UploadWithToken_ImportsAndLinksToTheRunPage()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "upload");
        var token = (await browser.GetPageAsync("/import")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = Files(("two-laps.tcx", TestFile("two-laps.tcx")));
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent("upload"), "_handler");

        using var response = await browser.PostAsync("/import", form);

        // The upload returns at once and the import runs in the background; its page reloads itself until it has ended.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var jobPath = response.Headers.Location!.OriginalString;
        Assert.Matches("/import/jobs/[0-9]+$", jobPath);
        var page = await FinishedJobPageAsync(browser, jobPath);
        Assert.Contains("Done: 1 imported", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var link = page.QuerySelector("table a[href^='runs/']")!.GetAttribute("href")!;
        var details = await browser.GetPageAsync("/" + link);
        Assert.Contains("Splits per kilometre", details.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rate how hard this run felt", details.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_UploadWithoutToken_IsRejected()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "csrf");
        var form = Files(("two-laps.tcx", TestFile("two-laps.tcx")));
        form.Add(new StringContent("upload"), "_handler");

        using var response = await browser.PostAsync("/import", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OtherRunnersRecording_IsNotFoundEverywhere()
    {
        using var ana = await Api.RunnerAsync(server, "ana");
        using var upload = await ana.PostAsync("/api/imports", Files(("run.fit", TestFile("steady-run.fit"))));
        var runId = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("files")[0].GetProperty("runId").GetInt32();
        using var ben = await Api.RunnerAsync(server, "ben");
        using var benBrowser = await Pages.SignedInBrowserAsync(server, "ben2");

        using var recording = await ben.GetAsync($"/api/runs/{runId}/recording");
        using var original = await ben.GetAsync($"/api/runs/{runId}/original");
        using var page = await benBrowser.GetAsync($"/runs/{runId}");

        Assert.Equal(HttpStatusCode.NotFound, recording.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, original.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task LargeBody_OutsideTheUploadEndpoints_IsRefused()
    {
        using var client = await Api.RunnerAsync(server);
        // Ask before sending the body, so the refusal arrives as a response rather than as a reset connection.
        client.DefaultRequestHeaders.ExpectContinue = true;
        using var big = new ByteArrayContent(new byte[40 * 1024 * 1024]);
        big.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/api/runs", big);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task LargeUpload_ToTheImportApi_IsAccepted()
    {
        using var client = await Api.RunnerAsync(server);
        var padded = new byte[40 * 1024 * 1024];
        TestFile("two-laps.tcx").CopyTo(padded, 0);

        using var response = await client.PostAsync("/api/imports", Files(("big.tcx", padded)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Api_QueueAnExport_AnswersAtOnceWithTheJob_ThenProgressAndResults_OnlyForItsOwner()
    {
        using var ana = await Api.RunnerAsync(server, "queue");
        using var ben = await Api.RunnerAsync(server, "nosy");
        using var queued = await ana.PostAsync("/api/import-jobs", Files(("run.fit", TestFile("steady-run.fit")), ("laps.tcx", TestFile("two-laps.tcx"))));

        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var location = queued.Headers.Location!.OriginalString;
        Assert.Matches("^/api/import-jobs/[0-9]+$", location);
        var job = await Api.WaitForImportAsync(ana, location);

        Assert.Equal(("done", 2, 2, 2), (job.GetProperty("state").GetString(), job.GetProperty("filesFound").GetInt32(),
            job.GetProperty("filesDone").GetInt32(), job.GetProperty("imported").GetInt32()));
        Assert.Equal(2, job.GetProperty("files").GetArrayLength());
        Assert.Contains((await ana.GetFromJsonAsync<JsonElement>("/api/import-jobs")).EnumerateArray(), j => j.GetProperty("id").GetInt32() == job.GetProperty("id").GetInt32());

        using var nosy = await ben.GetAsync(location);
        using var nosyCancel = await ben.PostAsync(location + "/cancel", null);
        using var empty = await ana.PostAsync("/api/import-jobs", new MultipartFormDataContent { { new StringContent("7"), "shoeId" } });
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (nosy.StatusCode, nosyCancel.StatusCode, empty.StatusCode));
        Assert.Empty((await ben.GetFromJsonAsync<JsonElement>("/api/import-jobs")).EnumerateArray());
    }

    /// <summary>The job's page once the import has ended (the page stops asking to be reloaded), within a generous bound.</summary>
    internal static async Task<AngleSharp.Html.Dom.IHtmlDocument> FinishedJobPageAsync(HttpClient browser, string path)
    {
        for (var i = 0; i < 600; i++)
        {
            var page = await browser.GetPageAsync(path);
            if (page.QuerySelector("meta[http-equiv=refresh]") is null)
            {
                return page;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The import at {path} had not ended after a minute.");
    }
}
