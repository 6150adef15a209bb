using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Harrier.E2E;

[Trait("Category", "E2E")]
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] SignedOutPages =
        ["/", "/account/login", "/account/register", "/account/forgot-password", "/account/reset-password?email=a%40example.com&code=x"];
    private static readonly string[] SignedInPages = ["/log", "/runs/new", "/shoes", "/account/settings", "/account/password", "/account/data", "/account/delete"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MainPages_HaveNoAxeViolations(bool phone)
    {
        var page = await browser.NewPageAsync(phone);
        var problems = new List<string>();
        foreach (var url in SignedOutPages)
        {
            await CheckAsync(page, url, problems);
        }

        await Journey.RegisterAsync(page, Journey.NewEmail("axe"));
        await Journey.AddRunAsync(page, "5", "30:00", "4", "for the checker");
        foreach (var url in SignedInPages)
        {
            await CheckAsync(page, url, problems);
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Phone_PagesDoNotScrollSideways()
    {
        var page = await browser.NewPageAsync(phone: true);
        await Journey.RegisterAsync(page, Journey.NewEmail("narrow"));
        await Journey.AddRunAsync(page, "5", "30:00", "4", "a long note that should wrap nicely on a narrow phone screen without pushing the layout wider");
        foreach (var url in SignedInPages)
        {
            await page.OpenAsync(url);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{url} is {overflow}px wider than the phone screen.");
        }
    }

    private static async Task CheckAsync(IPage page, string url, List<string> problems)
    {
        await page.OpenAsync(url);
        var result = await page.RunAxe();
        problems.AddRange(result.Violations.Select(v =>
            $"{url}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))}"));
    }
}
