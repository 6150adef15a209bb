using Microsoft.Playwright;

namespace Harrier.E2E;

/// <summary>Steps a person takes, written with the labels and roles they see.</summary>
internal static class Journey
{
    public const string Password = "early morning miles";

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.com";

    public static async Task RegisterAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password (at least 10 characters)").FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync("**/log");
    }

    public static async Task LogInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.WaitForURLAsync("**/log");
    }

    public static async Task AddRunAsync(IPage page, string distance, string duration, string rpe, string notes)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a run" }).First.ClickAsync();
        await page.GetByLabel("Distance (kilometres)").FillAsync(distance);
        await page.GetByLabel("Duration (mm:ss or h:mm:ss)").FillAsync(duration);
        await page.GetByLabel("How hard did the whole run feel?").SelectOptionAsync(rpe);
        await page.GetByLabel("Notes").FillAsync(notes);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save run" }).ClickAsync();
        await page.WaitForURLAsync("**/log?saved=*");
    }

    /// <summary>Starts NHS Couch to 5K today (in the browser's calendar) on today and every second day after it.</summary>
    public static async Task StartCouchTo5KTodayAsync(IPage page)
    {
        string[] labels = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
        await page.GotoAsync("/plan/new");
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
}
