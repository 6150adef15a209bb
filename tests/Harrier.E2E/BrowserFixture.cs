using Harrier.Tests;
using Harrier.Tests.Web;
using Microsoft.Playwright;

namespace Harrier.E2E;

/// <summary>
/// The app on Kestrel plus Debian's Chromium driven by Playwright. Playwright's own browser download is never used:
/// the executable comes from <c>HARRIER_TEST_CHROMIUM</c> or <c>/usr/bin/chromium</c>.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private IPlaywright? _playwright;

    public BrowserFixture()
        : this(new HarrierServer())
    {
    }

    /// <summary>A browser over <paramref name="server"/>, e.g. the app on PostgreSQL.</summary>
    protected BrowserFixture(HarrierServer server) => Server = server;

    public HarrierServer Server { get; }

    public IBrowser? Browser { get; private set; }

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("HARRIER_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        await Server.InitializeAsync();
        if (!Server.Available)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Args = ChromiumArgs, Headless = true });
    }

    /// <summary>A fresh browser context (its own cookies), phone-sized when asked; fails or skips when Chromium is missing.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        TestEnvironment.Need(!File.Exists(ChromiumPath) || Server.Available, "PostgreSQL (HARRIER_TEST_POSTGRES)");
        TestEnvironment.Need(Browser is not null, $"Chromium ({ChromiumPath})");
        var context = await Browser!.NewContextAsync(new()
        {
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
        });
        // Generous bounds, never waits: Playwright acts as soon as the page is ready, and the suite runs beside a CPU-hungry process
        // (scripts/test.sh), so a busy machine slows a step without failing it.
        context.SetDefaultTimeout(90_000);
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(90_000);
        context.SetDefaultNavigationTimeout(120_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The browser over the app on the test PostgreSQL server, whose truly asynchronous calls SQLite's hide.</summary>
public sealed class PostgresBrowserFixture() : BrowserFixture(new PostgresHarrierServer());
