using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harrier.E2E;

/// <summary>On a phone: a coach invites two runners; one shares health and reports a warning sign, and goes to the top of the roster;
/// when that runner stops sharing, the coach's page about them answers 404.</summary>
[Trait("Category", "E2E")]
public sealed class CoachJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Phone_InviteAcceptReportWarningSign_RosterShowsItFirst_EndLink_PageGone()
    {
        var problems = new List<string>();
        var coach = await browser.NewPageAsync(phone: true);
        await Journey.RegisterAsync(coach, Journey.NewEmail("coach"));
        await Journey.BecomeCoachAsync(coach, "Coach Sam");

        var hurting = await Journey.JoinAsync(browser, coach, "ana", "Training and health", problems);
        await Journey.JoinAsync(browser, coach, "ben", "Training only", problems);

        await hurting.OpenAsync("/pain/new");
        await hurting.GetByRole(AriaRole.Radio, new() { Name = "centre of the lower back" }).CheckAsync(new() { Force = true });
        await hurting.GetByRole(AriaRole.Button, new() { Name = "Save entry" }).ClickAsync();
        await Expect(hurting.GetByRole(AriaRole.Heading, new() { Name = "Warning signs check", Level = 1 })).ToBeVisibleAsync();
        var questions = hurting.Locator("fieldset.question");
        for (var i = 0; i < await questions.CountAsync(); i++)
        {
            var legend = await questions.Nth(i).Locator("legend").InnerTextAsync();
            await questions.Nth(i).GetByLabel(legend.Contains("saddle", StringComparison.OrdinalIgnoreCase) ? "Yes" : "No", new() { Exact = true }).CheckAsync();
        }

        await hurting.GetByLabel("Your age in years").FillAsync("30");
        await hurting.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Expect(hurting.GetByRole(AriaRole.Heading, new() { Name = "Get emergency help now" })).ToBeVisibleAsync();

        await coach.OpenAsync("/coach");
        var first = coach.Locator(".roster-entry").First;
        await Expect(first.GetByRole(AriaRole.Heading)).ToContainTextAsync("ana");
        await Expect(first).ToContainTextAsync("get emergency help now");
        await Journey.CollectAsync(coach, problems);
        await first.GetByRole(AriaRole.Link).ClickAsync();
        var clientUrl = coach.Url;
        await Expect(coach.GetByRole(AriaRole.Heading, new() { Name = "Health" })).ToBeVisibleAsync();
        await Journey.CollectAsync(coach, problems);

        await hurting.OpenAsync("/account/coaches");
        await Expect(hurting.GetByText("Coach Sam viewed your pain journal")).ToBeVisibleAsync();
        await hurting.GetByRole(AriaRole.Button, new() { Name = "Stop sharing with Coach Sam" }).ClickAsync();
        await Expect(hurting.GetByText("You share nothing with a coach")).ToBeVisibleAsync();

        var gone = await coach.OpenAsync(clientUrl);
        Assert.Equal(404, gone!.Status);
        await Expect(coach.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
