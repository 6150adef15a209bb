using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harrier.E2E;

[Trait("Category", "E2E")]
public sealed class ImportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

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

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 imported, 0 already in your log, 1 skipped.");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "pool_swim-activity_1.tcx" })).ToContainTextAsync("cross-training (other sport");
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
}
