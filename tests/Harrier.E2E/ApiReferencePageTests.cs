using System.Collections.Concurrent;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Harrier.E2E;

/// <summary>The API reference as a browser shows it: everything from this server, no buttons for services elsewhere.</summary>
[Trait("Category", "E2E")]
public sealed class ApiReferencePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ReferencePage_Rendered_LoadsNothingFromElsewhere_AndHasNoOutsideServiceButtons()
    {
        var page = await browser.NewPageAsync();
        var elsewhere = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Authority != browser.Server.BaseAddress.Authority)
            {
                elsewhere.Enqueue(request.Url);
            }
        };

        await page.OpenAsync("/scalar/v1");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Harrier API" }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Account", Exact = true })).ToBeVisibleAsync(); // the document is read
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(elsewhere);
        foreach (var label in new[] { "Ask AI", "Generate SDK", "Generate MCP", "Deploy" })
        {
            await Expect(page.GetByText(label)).ToHaveCountAsync(0);
        }
    }
}
