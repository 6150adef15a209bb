using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harrier.E2E;

/// <summary>The plan journeys, run on SQLite and on PostgreSQL.</summary>
public abstract class PlanJourneyTests(BrowserFixture browser)
{
    private static readonly string[] Labels = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ChooseCouchTo5K_TodayShowsTheSession_SkippingItMovesItWithAReason(bool phone)
    {
        var page = await browser.NewPageAsync(phone);
        await Journey.RegisterAsync(page, Journey.NewEmail("plan"));
        var problems = new List<string>();

        await page.OpenAsync("/plan/new");
        await Collect(page, problems);
        var today = await page.EvaluateAsync<string>("() => { const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); }");
        var weekday = await page.EvaluateAsync<int>("() => new Date().getDay()");
        await page.GetByLabel("First day").FillAsync(today);
        foreach (var label in Labels)
        {
            var box = page.GetByLabel(label, new() { Exact = true });
            await box.SetCheckedAsync(label == Labels[weekday] || label == Labels[(weekday + 2) % 7] || label == Labels[(weekday + 4) % 7]);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Preview: NHS Couch to 5K" })).ToBeVisibleAsync();
        await Collect(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start this plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "NHS Couch to 5K", Level = 1 })).ToBeVisibleAsync();
        await Collect(page, problems);

        await page.GetByRole(AriaRole.Link, new() { Name = "Today", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Week 1, run 1" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Warm-up walk 5:00")).ToBeVisibleAsync();
        await Collect(page, problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Skipped" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Nothing is skipped");

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Phone_ItHurt_AsksWhereWithTheSessionFilledInThenTheWarningSignsCheck()
    {
        var page = await browser.NewPageAsync(phone: true);
        await Journey.RegisterAsync(page, Journey.NewEmail("hurt"));
        await Journey.StartCouchTo5KTodayAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Today", Exact = true }).ClickAsync();
        await page.GetByLabel("It hurt: how much during the run?").SelectOptionAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "It hurt" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record pain", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("Your session hurt (7/10 during the run). Your plan has been adjusted");
        await Expect(page.GetByLabel("During the run")).ToHaveValueAsync("7");
        await page.GetByRole(AriaRole.Radio, new() { Name = "right lower back" }).CheckAsync(new() { Force = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save entry" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Warning signs check", Level = 1 })).ToBeVisibleAsync();

        await page.OpenAsync("/plan");
        await Expect(page.GetByText("Pain during your run on").First).ToBeVisibleAsync();
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

[Trait("Category", "E2E")]
public sealed class SqlitePlanJourneyTests(BrowserFixture browser) : PlanJourneyTests(browser), IClassFixture<BrowserFixture>;

[Trait("Category", "E2E")]
public sealed class PostgresPlanJourneyTests(PostgresBrowserFixture browser) : PlanJourneyTests(browser), IClassFixture<PostgresBrowserFixture>;
