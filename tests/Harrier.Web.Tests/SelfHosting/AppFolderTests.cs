using System.Net;
using Harrier.Web.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Harrier.Web.Tests.SelfHosting;

/// <summary>
/// The app as a self-hoster runs it: the built Harrier.Web laid out as <c>dotnet publish</c> lays it out (the build output, its
/// own appsettings.json and wwwroot beside it, no development manifest), started as its own process from another folder, with
/// ASP.NET Core's usual address settings. Publishing itself takes minutes, so the test copies the build output instead.
/// </summary>
public sealed class AppFolderTests
{
    [Fact]
    public async Task PublishedLayout_StartedFromElsewhere_ServesStyledPagesWithItsSettings_OnUrlsThenHttpPorts()
    {
        var root = Directory.CreateTempSubdirectory("harrier-app-folder-").FullName;
        try
        {
            var app = AppProcess.PublishedLayout(Path.Combine(root, "app"), dataDir: Path.Combine(root, "data"));
            var elsewhere = Directory.CreateDirectory(Path.Combine(root, "elsewhere")).FullName;

            var port = AppProcess.FreePort();
            await using (var server = await AppProcess.StartAsync(app, elsewhere, new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" }, port))
            {
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                var page = Browserless.Parse(await client.GetStringAsync("/account/login"));
                var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
                using var stylesheet = await client.GetAsync(css);
                Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
                Assert.Contains(".button.primary", await stylesheet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            // The data folder named only in the app folder's appsettings.json was used.
            Assert.True(File.Exists(Path.Combine(root, "data", "harrier.db")), "the app folder's appsettings.json was not read");

            port = AppProcess.FreePort();
            await using (await AppProcess.StartAsync(app, elsewhere, new() { ["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture) }, port))
            {
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData(null, null, "http://localhost:5080")]
    [InlineData("Urls", "http://0.0.0.0:9000", "http://0.0.0.0:9000")]
    [InlineData("HTTP_PORTS", "8080", null)]
    [InlineData("HTTPS_PORTS", "8443", null)]
    [InlineData("Port", "6000", "http://localhost:6000")]
    public void AddHarrierSources_ListeningSettings_DefaultOnlyWhenNoneIsGiven(string? key, string? value, string? expectedUrls)
    {
        var configuration = new ConfigurationManager();
        configuration["DataDir"] = Path.GetTempPath();
        if (key is not null)
        {
            configuration[key] = value;
        }

        configuration.AddHarrierSources([]);

        Assert.Equal(expectedUrls, configuration["Urls"]);
    }
}
