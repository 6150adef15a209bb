using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harrier.E2E;

[Trait("Category", "E2E")]
public sealed class AccountJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PasswordChange_KeepsThisBrowserAndLogsOutTheOther()
    {
        var laptop = await browser.NewPageAsync();
        var email = Journey.NewEmail("two-devices");
        await Journey.RegisterAsync(laptop, email);
        var phone = await browser.NewPageAsync(phone: true);
        await Journey.LogInAsync(phone, email);

        await laptop.OpenAsync("/account/password");
        await laptop.GetByLabel("Current password").FillAsync(Journey.Password);
        await laptop.GetByLabel("New password (at least 10 characters)").FillAsync("password12");
        await laptop.GetByLabel("New password again").FillAsync("password12");
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(laptop.GetByText("This is one of the most common passwords")).ToBeVisibleAsync();
        await laptop.GetByLabel("Current password").FillAsync(Journey.Password);
        await laptop.GetByLabel("New password (at least 10 characters)").FillAsync("kettle on after the long run");
        await laptop.GetByLabel("New password again").FillAsync("kettle on after the long run");
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();

        await Expect(laptop.GetByRole(AriaRole.Status)).ToContainTextAsync("Every other device that was logged in has been logged out.");
        await laptop.OpenAsync("/log");
        await Expect(laptop.GetByRole(AriaRole.Heading, new() { Name = "Your log" })).ToBeVisibleAsync();
        await phone.OpenAsync("/log");
        await Expect(phone).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }

    [Fact]
    public async Task Register_WeakPassword_SaysWhyAndTheTakenAddressGoesToLogInToo()
    {
        var page = await browser.NewPageAsync();
        var email = Journey.NewEmail("weak");
        await page.OpenAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password (at least 10 characters)").FillAsync("aaaaaaaaaa");
        await page.GetByLabel("Password again").FillAsync("aaaaaaaaaa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByText("Avoid repeating a character or a short pattern")).ToBeVisibleAsync();

        await Journey.RegisterAsync(page, email);
        var other = await browser.NewPageAsync();
        await other.OpenAsync("/account/register");
        await other.GetByLabel("Email").FillAsync(email);
        await other.GetByLabel("Password (at least 10 characters)").FillAsync("somebody else entirely");
        await other.GetByLabel("Password again").FillAsync("somebody else entirely");
        await other.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(other).ToHaveURLAsync(Journey.UrlLike("/account/login\\?registered=true"));
        await Expect(other.GetByRole(AriaRole.Status)).ToContainTextAsync("If this address was new to Harrier");
        await other.GetByLabel("Password").FillAsync("somebody else entirely");
        await other.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Alert)).ToHaveTextAsync("That email and password do not match an account.");
    }
}
