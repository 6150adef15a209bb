using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harrier.E2E;

[Trait("Category", "E2E")]
public sealed class PainJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Phone_TapTheBodyMapThenCheckInWithTwoTaps()
    {
        var page = await browser.NewPageAsync(phone: true);
        await Journey.RegisterAsync(page, Journey.NewEmail("pain"));
        var problems = new List<string>();

        await page.GotoAsync("/pain/new");
        await page.GetByRole(AriaRole.Radio, new() { Name = "right lower back" }).CheckAsync(new() { Force = true });
        await page.GetByText("Does it spread anywhere?").ClickAsync();
        await page.Locator("input[name=spreads][value='OuterLowerLeg:Right']").CheckAsync(new() { Force = true });
        await page.GetByLabel("Shooting").CheckAsync();
        await page.GetByLabel("After the run").SelectOptionAsync("4");
        await Collect(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save entry" }).ClickAsync();
        // A new back pain goes straight to the warning-signs check; the journal shows the entry afterwards.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Warning signs check", Level = 1 })).ToBeVisibleAsync();
        await page.GotoAsync("/pain");
        await Expect(page.GetByText("right lower back")).ToBeVisibleAsync();
        await Expect(page.GetByText("spreads to right outer lower leg")).ToBeVisibleAsync();
        await Collect(page, problems);

        await page.GetByRole(AriaRole.Link, new() { Name = "Morning check-in" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "3", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("recorded");
        await Collect(page, problems);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task Collect(IPage page, List<string> problems)
    {
        var result = await page.RunAxe();
        problems.AddRange(result.Violations.Select(v => $"{page.Url}: {v.Id} {v.Help} {string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))}"));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow > 0)
        {
            problems.Add($"{page.Url} is {overflow}px wider than the screen.");
        }
    }
}
