using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Harrier.E2E;

/// <summary>Steps a person takes, written with the labels and roles they see.</summary>
internal static class Journey
{
    public const string Password = "early morning miles";

    /// <summary>
    /// Opens <paramref name="url"/> and waits for the document and its style sheets, not for the load event: on a busy machine
    /// Chromium once left a page's load event unfired for two minutes after the document and the network had settled.
    /// Assertions after a navigation auto-wait anyway; the style sheets matter to layout and contrast checks.
    /// A page reached by a click is awaited with <see cref="UrlLike"/> and the auto-waiting URL assertion, never with
    /// <c>WaitForURLAsync</c>: when the URL already matches (the server was quicker than the test), that waits for a load state
    /// instead of a navigation, and twice in CI no such state came within two minutes.
    /// </summary>
    /// <returns>The main document's response, as <see cref="IPage.GotoAsync"/> gives it.</returns>
    public static async Task<IResponse?> OpenAsync(this IPage page, string url)
    {
        var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await StyledAsync(page);
        return response;
    }

    /// <summary>
    /// A pattern for <c>ToHaveURLAsync</c>: <paramref name="pattern"/> is a regular expression matched anywhere in the URL (no
    /// options: Playwright hands the pattern to the browser and refuses .NET-only flags such as CultureInvariant).
    /// </summary>
    public static System.Text.RegularExpressions.Regex UrlLike(string pattern) => new(pattern);

    /// <summary>Waits until every style sheet the page links is loaded.</summary>
    public static Task StyledAsync(IPage page) =>
        page.WaitForFunctionAsync("() => [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet)");

    // Digits only after the name: random hex letters would hand the password rules words to find ("aa" in "…3aa9…").
    public static string NewEmail(string who) => $"{who}-{BitConverter.ToUInt64(Guid.NewGuid().ToByteArray()):D20}@example.com";

    public static async Task RegisterAsync(IPage page, string email)
    {
        await page.OpenAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password (at least 10 characters)").FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Journey.UrlLike("/account/login\\?registered=true"));
        await Assertions.Expect(page.GetByLabel("Email")).ToHaveValueAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Journey.UrlLike("/log$"));
    }

    public static async Task LogInAsync(IPage page, string email)
    {
        await page.OpenAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Journey.UrlLike("/log$"));
    }

    public static async Task AddRunAsync(IPage page, string distance, string duration, string rpe, string notes)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a run" }).First.ClickAsync();
        await page.GetByLabel("Distance (kilometres)").FillAsync(distance);
        await page.GetByLabel("Duration (mm:ss or h:mm:ss)").FillAsync(duration);
        await page.GetByLabel("How hard did the whole run feel?").SelectOptionAsync(rpe);
        await page.GetByLabel("Notes").FillAsync(notes);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save run" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Journey.UrlLike("/log\\?saved="));
    }

    /// <summary>Starts NHS Couch to 5K today (in the browser's calendar) on today and every second day after it.</summary>
    public static async Task StartCouchTo5KTodayAsync(IPage page)
    {
        string[] labels = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
        await page.OpenAsync("/plan/new");
        var today = await page.EvaluateAsync<string>("() => { const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); }");
        var weekday = await page.EvaluateAsync<int>("() => new Date().getDay()");
        await page.GetByLabel("First day").FillAsync(today);
        foreach (var label in labels)
        {
            await page.GetByLabel(label, new() { Exact = true }).SetCheckedAsync(
                label == labels[weekday] || label == labels[(weekday + 2) % 7] || label == labels[(weekday + 4) % 7]);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start this plan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "NHS Couch to 5K", Level = 1 })).ToBeVisibleAsync();
    }

    public static ILocator ThisWeek(IPage page) =>
        page.GetByRole(AriaRole.Region).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "This week" }) });

    /// <summary>Makes the signed-in account a coach named <paramref name="name"/> in its settings.</summary>
    public static async Task BecomeCoachAsync(IPage page, string name)
    {
        await page.OpenAsync("/account/settings");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("I coach other runners").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Coach", Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>A new runner named <paramref name="who"/> accepts an invitation from Coach Sam with <paramref name="scope"/>; returns their page.</summary>
    public static async Task<IPage> JoinAsync(BrowserFixture browser, IPage coach, string who, string scope, List<string> problems)
    {
        await coach.OpenAsync("/coach/invite");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Create an invitation" }).ClickAsync();
        var code = (await coach.Locator(".code-display").InnerTextAsync()).Trim();
        await CollectAsync(coach, problems);

        var runner = await browser.NewPageAsync(phone: true);
        await Journey.RegisterAsync(runner, Journey.NewEmail(who));
        await runner.OpenAsync("/account/settings");
        await runner.GetByLabel("Name").FillAsync(who);
        await runner.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await runner.OpenAsync("/join");
        await runner.GetByLabel("Invitation code from your coach").FillAsync(code);
        await runner.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await runner.GetByLabel(scope, new() { Exact = false }).CheckAsync();
        await CollectAsync(runner, problems);
        await runner.GetByRole(AriaRole.Button, new() { Name = "Share with Coach Sam" }).ClickAsync();
        await Assertions.Expect(runner.GetByRole(AriaRole.Heading, new() { Name = "Health and activity questions" })).ToBeVisibleAsync();
        await Assertions.Expect(runner.GetByRole(AriaRole.Note)).ToContainTextAsync("Your coach asks every runner");
        return runner;
    }

    /// <summary>Adds the page's axe violations and any sideways overflow to <paramref name="problems"/>.</summary>
    public static async Task CollectAsync(IPage page, List<string> problems)
    {
        await StyledAsync(page);
        var result = await page.RunAxe();
        problems.AddRange(result.Violations.Select(v => $"{page.Url}: {v.Id} {v.Help} {string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))}"));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow > 0)
        {
            problems.Add($"{page.Url} is {overflow}px wider than the screen.");
        }
    }
}
