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

        await page.OpenAsync("/pain/new");
        await page.GetByRole(AriaRole.Radio, new() { Name = "right lower back" }).CheckAsync(new() { Force = true });
        await page.GetByText("Does it spread anywhere?").ClickAsync();
        await page.Locator("input[name=spreads][value='OuterLowerLeg:Right']").CheckAsync(new() { Force = true });
        await page.GetByLabel("Shooting").CheckAsync();
        await page.GetByLabel("After the run").SelectOptionAsync("4");
        await Collect(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save entry" }).ClickAsync();
        // A new back pain goes straight to the warning-signs check; the journal shows the entry afterwards.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Warning signs check", Level = 1 })).ToBeVisibleAsync();
        await page.OpenAsync("/pain");
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

    [Fact]
    public async Task Phone_SomethingNewAtTheCheckIn_OpensTheWarningSignsCheckWhichAsksWhen()
    {
        var page = await browser.NewPageAsync(phone: true);
        await Journey.RegisterAsync(page, Journey.NewEmail("new"));
        var problems = new List<string>();

        await page.OpenAsync("/check-in");
        await page.GetByRole(AriaRole.Radio, new() { Name = "2", Exact = true }).CheckAsync();
        await page.GetByLabel("Something new or worrying").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Warning signs check", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("You noted something new or worrying this morning");
        await Collect(page, problems);
        var questions = page.Locator("fieldset.question");
        for (var i = 0; i < await questions.CountAsync(); i++)
        {
            var question = questions.Nth(i);
            var chest = (await question.Locator("legend").InnerTextAsync()).Contains("chest", StringComparison.OrdinalIgnoreCase);
            await question.GetByLabel(chest ? "Yes, in the last 12 hours" : "No", new() { Exact = true }).CheckAsync();
        }

        await page.GetByLabel("Your age in years").FillAsync("52");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert.GetByRole(AriaRole.Heading, new() { Name = "Get emergency help now" })).ToBeVisibleAsync();
        await Expect(page.GetByText("call an ambulance")).ToBeVisibleAsync();
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
