using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
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
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task PublishedLayout_StartedFromElsewhere_ServesStyledPagesWithItsSettings_OnUrlsThenHttpPorts()
    {
        var root = Directory.CreateTempSubdirectory("harrier-app-folder-").FullName;
        try
        {
            var app = PublishedLayout(Path.Combine(root, "app"), dataDir: Path.Combine(root, "data"));
            var elsewhere = Directory.CreateDirectory(Path.Combine(root, "elsewhere")).FullName;

            var port = FreePort();
            await using (var server = await StartAsync(app, elsewhere, new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" }, port))
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

            port = FreePort();
            await using (await StartAsync(app, elsewhere, new() { ["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture) }, port))
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

    /// <summary>The build output, minus the manifest that points a development run at the source tree, plus wwwroot and settings.</summary>
    private static string PublishedLayout(string app, string dataDir)
    {
        var build = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "Harrier.Web", new DirectoryInfo(AppContext.BaseDirectory).Name));
        Copy(build, app, skip: "Harrier.Web.staticwebassets.runtime.json");
        Copy(Path.Combine(RepositoryRoot(), "src", "Harrier.Web", "wwwroot"), Path.Combine(app, "wwwroot"), skip: null);
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(app, "appsettings.json")))!;
        settings["DataDir"] = dataDir;
        File.WriteAllText(Path.Combine(app, "appsettings.json"), settings.ToJsonString());
        return app;
    }

    private static async Task<RunningApp> StartAsync(string app, string workingDirectory, Dictionary<string, string> environment, int port)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(app, "Harrier.Web.dll")])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
            || k.StartsWith("DOTNET_", StringComparison.Ordinal) || k.StartsWith("HARRIER_", StringComparison.Ordinal)).ToArray())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var running = new RunningApp(Process.Start(start)!);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (running.Process.HasExited)
            {
                var output = await running.StopAsync();
                Assert.Fail($"The app exited with {running.Process.ExitCode}: {output}");
            }

            try
            {
                using var health = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return running;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy machine
            }

            await Task.Delay(250);
        }

        var log = await running.StopAsync();
        await running.DisposeAsync();
        Assert.Fail($"The app did not answer on port {port} within {StartTimeout.TotalSeconds} s: {log}");
        return running;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Harrier.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Harrier.slnx not found above the test's folder.");
    }

    private static void Copy(string from, string to, string? skip)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative == skip)
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private sealed class RunningApp(Process process) : IAsyncDisposable
    {
        private readonly Task<string> _stdout = process.StandardOutput.ReadToEndAsync();
        private readonly Task<string> _stderr = process.StandardError.ReadToEndAsync();

        public Process Process => process;

        /// <summary>Stops the app if it still runs and returns everything it wrote.</summary>
        public async Task<string> StopAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            return await _stdout + await _stderr;
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            process.Dispose();
        }
    }
}
