using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harrier.E2E;

/// <summary>On a phone: a coach plans a dawn group run, the runner says yes on Today, and the coach reads the run sheet outdoors.</summary>
[Trait("Category", "E2E")]
public sealed class GroupRunJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Phone_CreateAnswerSheet_EachRunnerTheirOwnSession_ReadableAndAccessible()
    {
        var problems = new List<string>();
        var coach = await browser.NewPageAsync(phone: true);
        await Journey.RegisterAsync(coach, Journey.NewEmail("coach"));
        await Journey.BecomeCoachAsync(coach, "Coach Sam");
        var ana = await Journey.JoinAsync(browser, coach, "ana", "Training and health", problems);
        await Journey.StartCouchTo5KTodayAsync(ana);

        // A run two days from now (Ana's second session), at 06:00 in the dark.
        var inTwoDays = await coach.EvaluateAsync<string>(
            "() => { const d = new Date(); d.setDate(d.getDate() + 2); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); }");
        await coach.OpenAsync("/coach");
        await coach.GetByRole(AriaRole.Link, new() { Name = "Group runs" }).ClickAsync();
        await coach.GetByRole(AriaRole.Link, new() { Name = "New group run" }).ClickAsync();
        await Journey.CollectAsync(coach, problems);
        await coach.GetByLabel("Place name").FillAsync("Victoria Park, east gate");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(coach.GetByRole(AriaRole.Alert)).ToContainTextAsync("Please check the form");
        await Expect(coach.GetByLabel("Place name")).ToHaveValueAsync("Victoria Park, east gate");

        await coach.GetByLabel("Name (optional)").FillAsync("Dawn run");
        await coach.GetByLabel("Date").FillAsync(inTwoDays);
        await coach.GetByLabel("Meeting time").FillAsync("06:00");
        await coach.GetByLabel("Latitude").FillAsync("51.5362");
        await coach.GetByLabel("Longitude").FillAsync("-0.0410");
        await coach.GetByLabel("The place's time zone").SelectOptionAsync("Europe/London");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(coach.GetByRole(AriaRole.Heading, new() { Name = "Dawn run", Level = 1 })).ToBeVisibleAsync();
        await Expect(coach.GetByRole(AriaRole.Heading, new() { Name = "Daylight" })).ToBeVisibleAsync();
        await Expect(coach.GetByText("1 not answered")).ToBeVisibleAsync();
        await Journey.CollectAsync(coach, problems);
        var details = coach.Url;

        await ana.OpenAsync("/today");
        var invitation = ana.GetByRole(AriaRole.Article).Filter(new() { HasText = "Dawn run with Coach Sam" });
        await Expect(invitation).ToContainTextAsync("Your session: Week 1");
        await Journey.CollectAsync(ana, problems);
        await invitation.GetByRole(AriaRole.Button, new() { Name = "Yes" }).ClickAsync();
        await Expect(ana.GetByRole(AriaRole.Article).Filter(new() { HasText = "Dawn run with Coach Sam" })).ToContainTextAsync("(Yes)");

        await coach.OpenAsync(details);
        await coach.GetByRole(AriaRole.Link, new() { Name = "Run sheet" }).ClickAsync();
        var line = coach.Locator(".sheet-line").Filter(new() { HasText = "ana" });
        await Expect(line.Locator(".sheet-session")).ToHaveTextAsync("8 × (1:00 run, 1:30 walk)");
        await Expect(line).ToContainTextAsync("back at");
        await Expect(coach.GetByText("group back at", new() { Exact = false })).ToBeVisibleAsync();
        var size = await line.Locator(".sheet-session").EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.True(size >= 24, $"The session is {size}px: too small to read outdoors.");
        await Journey.CollectAsync(coach, problems);
        await coach.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(coach.Locator(".site-header")).ToBeHiddenAsync();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
