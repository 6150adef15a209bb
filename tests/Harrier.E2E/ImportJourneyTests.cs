using Deque.AxeCore.Playwright;
using Harrier.Data.Import;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harrier.E2E;

[Trait("Category", "E2E")]
public sealed class ImportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("harrier-e2e-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>A GPX run of last week (positions, elevation and heart rate, no distance or speed fields), written to a file to upload.</summary>
    private string GpxRun()
    {
        var path = Path.Combine(_folder, "park-loop.gpx");
        var start = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(-6).AddHours(7);
        File.WriteAllBytes(path, SampleActivity.Gpx(start, TimeSpan.FromMinutes(30), 51.5, -0.12));
        return path;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UploadWatchFile_ShowsResultThenRunPageWithRouteChartsAndSplits(bool phone)
    {
        var page = await browser.NewPageAsync(phone);
        await Journey.RegisterAsync(page, Journey.NewEmail("import"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Import" }).ClickAsync();
        await page.GetByLabel("Files or archive").SetInputFilesAsync([TestFile("steady-run.fit"), TestFile("pool_swim-activity_1.tcx")]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Done: 2 imported, 0 already in your log, 0 skipped");
        var swim = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "pool_swim-activity_1.tcx" });
        await Expect(swim).ToContainTextAsync("Kept as cross-training");
        await Expect(swim).ToContainTextAsync("not counted as running");
        var axeImport = await page.RunAxe();
        Assert.Empty(axeImport.Violations.Select(v => $"{v.Id}: {v.Help}"));

        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "steady-run.fit" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Splits per kilometre" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Route of the run, drawn from its GPS points" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Pace: from") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("Rate how hard this run felt");
        var axeRun = await page.RunAxe();
        Assert.Empty(axeRun.Violations.Select(v => $"{v.Id}: {v.Help} {string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))}"));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The run page is {overflow}px wider than the screen.");
    }

    [Fact]
    public async Task UploadGpx_RunPageHasPaceHeartRateAndElevationCharts()
    {
        var page = await browser.NewPageAsync();
        await Journey.RegisterAsync(page, Journey.NewEmail("gpx"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Import" }).ClickAsync();
        await page.GetByLabel("Files or archive").SetInputFilesAsync([GpxRun()]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Done: 1 imported, 0 already in your log, 0 skipped");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "park-loop.gpx" }).GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sample loop (synthetic)", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Pace: from .* \\/km over 5\\.\\d km$") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Heart rate: from \\d+") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Elevation: from .* m over") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Splits per kilometre" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download the original file" })).ToHaveAttributeAsync("download", "park-loop.gpx");
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {v.Help} {string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))}"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ImportedRun_LogViewsAndSettings_HaveNoAxeViolationsAndNoSidewaysScroll(bool phone)
    {
        var page = await browser.NewPageAsync(phone);
        await Journey.RegisterAsync(page, Journey.NewEmail(phone ? "views-phone" : "views"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Import" }).ClickAsync();
        await page.GetByLabel("Files or archive").SetInputFilesAsync([GpxRun(), TestFile("pool_swim-activity_1.tcx")]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Done: 2 imported, 0 already in your log, 0 skipped");

        var problems = new List<string>();
        foreach (var url in new[] { "/log", "/log?month=2022-08", "/log/runs", "/log/totals", "/log/bests", "/account/settings", "/load" })
        {
            await page.OpenAsync(url);
            var result = await page.RunAxe();
            problems.AddRange(result.Violations.Select(v => $"{url}: {v.Id} {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))}"));
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            if (overflow > 0)
            {
                problems.Add($"{url} is {overflow}px wider than the screen.");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        await page.OpenAsync("/log?month=2022-08");
        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Cross-training: Other sport, 25:31" })).ToBeVisibleAsync();
        await page.OpenAsync("/log");
        await page.GetByLabel("Jump to a month").FillAsync("2022-08");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "August 2022" })).ToBeVisibleAsync();
    }
}
