using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Harrier.Web.Tests.SelfHosting;

/// <summary>
/// Harrier.Web as its own process, the way a self-hoster runs it: the build output laid out as <c>dotnet publish</c> lays it out,
/// started with a clean environment plus the given variables, and ready once <c>/healthz</c> answers.
/// </summary>
internal static class AppProcess
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <summary>The build output, minus the manifest that points a development run at the source tree, plus wwwroot and settings.</summary>
    internal static string PublishedLayout(string app, string dataDir)
    {
        var build = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "Harrier.Web", new DirectoryInfo(AppContext.BaseDirectory).Name));
        Copy(build, app, skip: "Harrier.Web.staticwebassets.runtime.json");
        Copy(Path.Combine(RepositoryRoot(), "src", "Harrier.Web", "wwwroot"), Path.Combine(app, "wwwroot"), skip: null);
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(app, "appsettings.json")))!;
        settings["DataDir"] = dataDir;
        File.WriteAllText(Path.Combine(app, "appsettings.json"), settings.ToJsonString());
        return app;
    }

    internal static async Task<RunningApp> StartAsync(string app, string workingDirectory, Dictionary<string, string> environment, int port)
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

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string RepositoryRoot()
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

    internal sealed class RunningApp(Process process) : IAsyncDisposable
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
