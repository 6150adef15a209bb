using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harrier.E2E;

/// <summary>The run log journeys, run on SQLite and on PostgreSQL.</summary>
public abstract class RunLogJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task RegisterAddEditDeleteLogOut_ThroughTheBrowser_Works()
    {
        var page = await browser.NewPageAsync();
        var email = Journey.NewEmail("ana");
        await Journey.RegisterAsync(page, email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Journey.LogInAsync(page, email);
        var buttonColour = await page.GetByRole(AriaRole.Link, new() { Name = "Add a run" }).First
            .EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", buttonColour);

        await Journey.AddRunAsync(page, "5", "30:00", "4", "sunrise loop by the river");
        var week = Journey.ThisWeek(page);
        await Expect(week.Locator("[data-total=distance]")).ToHaveTextAsync("5.00 km");
        await Expect(week.Locator("[data-total=runs]")).ToHaveTextAsync("1");
        await Expect(week.Locator("[data-total=load]")).ToHaveTextAsync("120");
        await Expect(week).ToContainTextAsync("sunrise loop by the river");

        await week.GetByRole(AriaRole.Link, new() { NameRegex = new("^Edit run") }).ClickAsync();
        await page.GetByLabel("Distance (kilometres)").FillAsync("6.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(Journey.ThisWeek(page).Locator("[data-total=distance]")).ToHaveTextAsync("6.50 km");

        await Journey.ThisWeek(page).GetByRole(AriaRole.Link, new() { NameRegex = new("^Delete run") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Delete this run?" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete run" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Run deleted.");
        await Expect(Journey.ThisWeek(page).Locator("[data-total=runs]")).ToHaveTextAsync("0");

        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Log in" }).First).ToBeVisibleAsync();
        await page.OpenAsync("/log");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }

    [Fact]
    public async Task SecondRunner_CannotSeeTheFirstRunnersRuns()
    {
        var ana = await browser.NewPageAsync();
        await Journey.RegisterAsync(ana, Journey.NewEmail("ana"));
        await Journey.AddRunAsync(ana, "4", "25:00", "3", "ana's private note");
        var editHref = await Journey.ThisWeek(ana).GetByRole(AriaRole.Link, new() { NameRegex = new("^Edit run") }).GetAttributeAsync("href");

        var ben = await browser.NewPageAsync();
        await Journey.RegisterAsync(ben, Journey.NewEmail("ben"));
        await Expect(Journey.ThisWeek(ben).Locator("[data-total=runs]")).ToHaveTextAsync("0");
        await Expect(ben.GetByText("ana's private note")).ToHaveCountAsync(0);

        var response = await ben.OpenAsync("/" + editHref);
        Assert.Equal(404, response!.Status);
        await Expect(ben.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
        await Expect(ben.GetByText("ana's private note")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task RunForm_Mistakes_ShowBesideFieldsAndKeepWhatWasTyped()
    {
        var page = await browser.NewPageAsync(phone: true);
        await Journey.RegisterAsync(page, Journey.NewEmail("phone"));
        await page.OpenAsync("/runs/new");
        await page.GetByLabel("Duration (mm:ss or h:mm:ss)").FillAsync("30:99");
        await page.GetByLabel("Notes").FillAsync("kept after the error");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save run" }).ClickAsync();

        await Expect(page.GetByText("Enter the distance.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Write the duration as minutes (45), mm:ss (32:10) or h:mm:ss (1:05:30).")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync("kept after the error");
        await Expect(page.GetByLabel("Duration (mm:ss or h:mm:ss)")).ToHaveValueAsync("30:99");
    }

    [Fact]
    public async Task Keyboard_CanLogInWithoutAMouse()
    {
        var setup = await browser.NewPageAsync();
        var email = Journey.NewEmail("keys");
        await Journey.RegisterAsync(setup, email);

        var page = await browser.NewPageAsync();
        await page.OpenAsync("/account/login");
        await page.GetByLabel("Email").FocusAsync();
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Journey.Password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(Journey.UrlLike("/log$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your log" })).ToBeVisibleAsync();
    }
}

[Trait("Category", "E2E")]
public sealed class SqliteRunLogJourneyTests(BrowserFixture browser) : RunLogJourneyTests(browser), IClassFixture<BrowserFixture>;

[Trait("Category", "E2E")]
public sealed class PostgresRunLogJourneyTests(PostgresBrowserFixture browser) : RunLogJourneyTests(browser), IClassFixture<PostgresBrowserFixture>;
