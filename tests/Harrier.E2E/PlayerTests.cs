using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harrier.E2E;

/// <summary>The session player on a phone: a fake clock runs today's Couch to 5K session, the voice says each step, and it is recorded.</summary>
[Trait("Category", "E2E")]
public sealed class PlayerTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Records what the player says instead of speaking: the test reads window.spoken.
    private const string SpeechStub = """
        window.spoken = [];
        Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: { speak: u => window.spoken.push(u.text), cancel() {} } });
        window.SpeechSynthesisUtterance = function (text) { this.text = text; };
        """;

    private static async Task<IPage> PhoneOnTodaysSessionAsync(BrowserFixture browser, string who)
    {
        var page = await browser.NewPageAsync(phone: true);
        await page.Context.AddInitScriptAsync(SpeechStub);
        await page.Clock.InstallAsync();
        await Journey.RegisterAsync(page, Journey.NewEmail(who));
        await Journey.StartCouchTo5KTodayAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Today", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Start the session player" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Week 1, run 1", Level = 1 })).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task Phone_WholeSession_SaysEveryStepHalfwayAndFinishedThenRecordsItDone()
    {
        var page = await PhoneOnTodaysSessionAsync(browser, "player");
        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));

        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await page.Clock.RunForAsync("04:00");
        await Expect(page.Locator("#player-clock")).ToHaveTextAsync("1:00");
        await page.Clock.RunForAsync("27:00");

        var spoken = await page.EvaluateAsync<string[]>("() => window.spoken");
        Assert.Equal("Walk, warm-up, 5 minutes", spoken[0]);
        Assert.Equal(["Run, 1 minute", "Walk, 1 minute 30 seconds"], spoken[1..3]);
        Assert.Equal(8, spoken.Count(s => s == "Run, 1 minute"));
        Assert.Equal(1, spoken.Count(s => s == "Halfway"));
        Assert.Equal("Walk, cool-down, 5 minutes", spoken[^2]);
        Assert.Equal("Finished. Well done.", spoken[^1]);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Recorded: done.");
        await page.OpenAsync("/today");
        await Expect(page.GetByText("You marked this session: done")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Phone_StoppedEarly_RecordsItCutShortWithTheTimeDone()
    {
        var page = await PhoneOnTodaysSessionAsync(browser, "stopper");

        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await page.Clock.RunForAsync("12:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stop here" }).ClickAsync();

        // The fake clock also runs on by itself between the last step and the click: a second or so.
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Recorded: cut short after 12:3[0-2]\.$"));
        await page.OpenAsync("/today");
        await Expect(page.GetByText(new System.Text.RegularExpressions.Regex("You marked this session: cut short after 12:3[0-2]"))).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Phone_Offline_KeepsTheAnswerAndSendsItWhenBackOnline()
    {
        var page = await PhoneOnTodaysSessionAsync(browser, "offline");
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");
        await page.ReloadAsync(); // now controlled by the service worker, which keeps a copy of the page
        await page.Context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Week 1, run 1", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await page.Clock.RunForAsync("31:00");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("It will be sent when you are back online");

        await page.Context.SetOfflineAsync(false);
        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => localStorage.getItem('harrier-player-queue') === '[]'");
        await page.OpenAsync("/today");
        await Expect(page.GetByText("You marked this session: done")).ToBeVisibleAsync();
    }
}
