using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harrier.E2E;

[Trait("Category", "E2E")]
public sealed class ExercisesPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ListPage_Anonymous_HasNoAxeViolationsAndNoSidewaysScroll(bool phone)
    {
        var page = await browser.NewPageAsync(phone);

        await page.OpenAsync("/exercises");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Exercise library", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Strength", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Reverse hyper") })).ToBeVisibleAsync();
        await CheckAsync(page, "/exercises", phone);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DetailPage_SignedIn_HasNoAxeViolationsAndNoSidewaysScroll(bool phone)
    {
        var page = await browser.NewPageAsync(phone);
        await Journey.RegisterAsync(page, Journey.NewEmail(phone ? "exercise-phone" : "exercise-desk"));
        await page.OpenAsync("/exercises");

        await page.GetByRole(AriaRole.Link, new() { Name = "Reverse hyper", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(Journey.UrlLike("/exercises/reverse-hyper$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reverse hyper", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Safety: read this first" }))
            .ToContainTextAsync("lower back doing the work");
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Reverse hyper: trunk on the bench") })).ToBeVisibleAsync();
        var steps = page.GetByRole(AriaRole.Region, new() { Name = "How to do it" }).GetByRole(AriaRole.Listitem);
        await Expect(steps).ToHaveCountAsync(4);
        await CheckAsync(page, "/exercises/reverse-hyper", phone);
    }

    private static async Task CheckAsync(IPage page, string url, bool phone)
    {
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0, string.Join(Environment.NewLine,
            result.Violations.Select(v =>
                $"{url}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))}")));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{url} is {overflow}px wider than the {(phone ? "phone" : "desktop")} screen.");
        var broken = await page.EvaluateAsync<int>(
            "async () => (await Promise.all([...document.images].map(i => fetch(i.src).then(r => r.ok)))).filter(ok => !ok).length");
        Assert.Equal(0, broken);
    }
}
