using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harrier.E2E;

[Trait("Category", "E2E")]
public sealed class RedFlagTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Phone_BackPainWithSaddleNumbness_ShowsTheEmergencyFirst()
    {
        var page = await browser.NewPageAsync(phone: true);
        await Journey.RegisterAsync(page, Journey.NewEmail("flag"));
        await page.OpenAsync("/pain/new");
        await page.GetByRole(AriaRole.Radio, new() { Name = "centre of the lower back" }).CheckAsync();
        await page.GetByLabel("After the run").SelectOptionAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save entry" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Warning signs check", Level = 1 })).ToBeVisibleAsync();
        var questions = page.Locator("fieldset.question");
        var count = await questions.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var question = questions.Nth(i);
            var saddle = (await question.Locator("legend").InnerTextAsync()).Contains("saddle", StringComparison.OrdinalIgnoreCase);
            await question.GetByLabel(saddle ? "Yes" : "No", new() { Exact = true }).CheckAsync();
        }

        await page.GetByLabel("Your age in years").FillAsync("24");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert.GetByRole(AriaRole.Heading, new() { Name = "Get emergency help now" })).ToBeVisibleAsync();
        await Expect(alert).ToContainTextAsync("Call your emergency number");
        var box = await alert.BoundingBoxAsync();
        Assert.True(box!.Y < 300, "The emergency message must be at the top of the screen.");
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {v.Help}"));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{overflow}px wider than the phone.");
    }

    [Theory]
    [InlineData("Yes, right now", "", "Get emergency help now")]
    [InlineData("Yes, 12 to 72 hours ago", "200", "See a clinician today")]
    public async Task Phone_ChestPainAnsweredAlone_IsShownAtOnceWithTheRestAskedAfter(string when, string age, string heading)
    {
        var page = await browser.NewPageAsync(phone: true);
        await Journey.RegisterAsync(page, Journey.NewEmail("chest"));
        await page.OpenAsync("/screening");

        // Browser validation is on: nothing else answered, an impossible age, and the form still goes.
        var chest = page.Locator("fieldset.question").Filter(new() { HasText = "chest, neck, jaw or arms" });
        await chest.GetByLabel(when, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Your age in years").FillAsync(age);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();

        var title = page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 });
        await Expect(title).ToBeVisibleAsync();
        var box = await title.BoundingBoxAsync();
        Assert.True(box!.Y < 300, "The urgent message must be at the top of the screen.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Now answer the rest" })).ToBeVisibleAsync();
        await Expect(page.Locator("fieldset.question").Filter(new() { HasText = "chest, neck, jaw or arms" })
            .GetByLabel(when, new() { Exact = true })).ToBeCheckedAsync();
        await Expect(page.GetByText("Your plan is paused")).ToHaveCountAsync(0);
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {v.Help}"));
    }
}
