using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harrier.E2E;

/// <summary>The owner keeps their data: from Settings, download everything, then delete the account with the password.</summary>
[Trait("Category", "E2E")]
public sealed class OwnerDataJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task DownloadThenDeleteAccount_FromSettings_Works()
    {
        var page = await browser.NewPageAsync();
        var email = Journey.NewEmail("leaver");
        await Journey.RegisterAsync(page, email);
        await Journey.AddRunAsync(page, "5", "30:00", "4", "last run here");
        await page.OpenAsync("/account/settings");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your data: download, import, delete your account" }).ClickAsync();

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download my data (zip)" }).ClickAsync());
        Assert.Matches("^harrier-export-\\d{4}-\\d{2}-\\d{2}\\.zip$", download.SuggestedFilename);
        var path = await download.PathAsync();
        using (var zip = System.IO.Compression.ZipFile.OpenRead(path))
        {
            Assert.Contains(zip.Entries, e => e.FullName == "account.json");
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Delete my account…" }).ClickAsync();
        await page.GetByLabel("Your password, to confirm").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account and all my data" }).ClickAsync();
        await Expect(page.GetByText("That is not your password.")).ToBeVisibleAsync();
        await page.GetByLabel("Your password, to confirm").FillAsync(Journey.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account and all my data" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account is deleted" })).ToBeVisibleAsync();
        await page.OpenAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Journey.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }
}
