using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Harrier.Data;
using Harrier.Tests;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Tests.SelfHosting;

/// <summary>
/// Several web nodes over one PostgreSQL, as the README describes them: two Harrier processes started at the same moment on an
/// empty database, behind Debian's nginx balancing round-robin on loopback. A runner signs in through one node and carries on
/// through the other, a page's form from one node posts to the other, an import queued on one finishes and shows on the other,
/// and killing one node under a stream of writes loses or doubles nothing that was acknowledged.
/// </summary>
public sealed class TwoNodesTests
{
    [Fact]
    public async Task TwoNodesBehindNginx_ShareSignInFormsAndImports_MigrateOnce_AndOneKilledLeavesTheOtherServing()
    {
        var nginx = NginxPath();
        TestEnvironment.Need(nginx is not null, "nginx (Debian package nginx)");
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var root = Directory.CreateTempSubdirectory("harrier-two-nodes-").FullName;
        try
        {
            var app = AppProcess.PublishedLayout(Path.Combine(root, "app"), dataDir: Path.Combine(root, "data"));
            var (portA, portB, portProxy) = (AppProcess.FreePort(), AppProcess.FreePort(), AppProcess.FreePort());
            var proxy = new Uri($"http://127.0.0.1:{portProxy}");

            // Both nodes start at the same moment on the empty database.
            var startA = AppProcess.StartAsync(app, root, Environment(database, portA, proxy, "a", root), portA);
            var startB = AppProcess.StartAsync(app, root, Environment(database, portB, proxy, "b", root), portB);
            await using var nodeA = await startA;
            await using var nodeB = await startB;
            await using (var db = database.NewContext())
            {
                var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
                Assert.Equal(applied.Distinct().Count(), applied.Count);
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            }

            await using var balancer = await Nginx.StartAsync(nginx!, root, portProxy, portA, portB);
            var cookies = new CookieContainer();
            using var viaProxy = Client(proxy, cookies);
            using var onA = Client(new Uri($"http://127.0.0.1:{portA}"), cookies);
            using var onB = Client(new Uri($"http://127.0.0.1:{portB}"), cookies);

            // Register and sign in through the balancer (the form's GET and POST go to different nodes), then carry on on each.
            var email = Api.NewEmail("twonodes");
            using (var registered = await Pages.RegisterAsync(viaProxy, email))
            {
                Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
            }

            using (var signedIn = await Pages.LogInAsync(viaProxy, email))
            {
                Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            }

            foreach (var client in new[] { onA, onB, viaProxy, viaProxy })
            {
                using var today = await client.GetAsync("/today");
                Assert.Equal(HttpStatusCode.OK, today.StatusCode);
            }

            // A form rendered by node A (its antiforgery token) is accepted by node B.
            var form = await onA.GetPageAsync("/runs/new");
            var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using (var posted = await onB.PostAsync("/runs/new", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["_handler"] = "run", ["Input.Date"] = "2026-01-05", ["Input.Time"] = "06:30",
                ["Input.Distance"] = "5", ["Input.Duration"] = "30:00", ["Input.Rpe"] = "4",
            })))
            {
                Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            }

            // An import queued on node A is done by one of the nodes and visible on node B.
            using var apiA = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{portA}") };
            using var apiB = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{portB}") };
            var bearer = new AuthenticationHeaderValue("Bearer", await Api.LogInAsync(apiA, email, Api.Password));
            apiA.DefaultRequestHeaders.Authorization = apiB.DefaultRequestHeaders.Authorization = bearer;
            using var queued = await apiA.PostAsync("/api/import-jobs", Api.Files(("dawn.gpx",
                Data.Import.SampleActivity.Gpx(TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-3), TimeSpan.FromMinutes(25), 51.5, -0.1))));
            Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
            var job = await Api.WaitForImportAsync(apiB, queued.Headers.Location!.OriginalString);
            Assert.Equal(("done", 1), (job.GetProperty("state").GetString(), job.GetProperty("imported").GetInt32()));

            // Writes through the balancer while node A is killed: every acknowledged run is stored exactly once.
            using var apiProxy = new HttpClient { BaseAddress = proxy, Timeout = TimeSpan.FromSeconds(60) };
            apiProxy.DefaultRequestHeaders.Authorization = bearer;
            var acknowledged = new List<string>();
            var refused = 0;
            for (var i = 0; i < 40; i++)
            {
                if (i == 15)
                {
                    await nodeA.StopAsync();
                }

                var note = "kill-test-" + i.ToString(CultureInfo.InvariantCulture);
                using var response = await apiProxy.PostAsJsonAsync("/api/runs", Api.Run(TimeProvider.System.GetUtcNow().AddHours(-i - 1), notes: note));
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add(note);
                }
                else
                {
                    refused++;
                }
            }

            Assert.True(refused <= 2, $"{refused} of 40 writes failed; nginx should move to the live node after one failure.");
            await using (var db = database.NewContext())
            {
                var notes = await db.Runs.Where(r => r.Notes != null && r.Notes.StartsWith("kill-test-")).Select(r => r.Notes!).ToListAsync();
                Assert.Equal(notes.Distinct().Count(), notes.Count);
                Assert.All(acknowledged, note => Assert.Contains(note, notes));
            }

            using var stillServing = await viaProxy.GetAsync("/log");
            Assert.Equal(HttpStatusCode.OK, stillServing.StatusCode);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Dictionary<string, string> Environment(TestDatabase database, int port, Uri proxy, string node, string root) => new()
    {
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        ["HARRIER_DataDir"] = Path.Combine(root, "data-" + node),
        ["HARRIER_Database__Provider"] = "Postgres",
        ["HARRIER_ConnectionStrings__Harrier"] = database.Settings.ConnectionString,
        ["HARRIER_PublicBaseUrl"] = proxy.ToString().TrimEnd('/'),
        ["HARRIER_RateLimits__SignIn__Permits"] = "100000",
        ["HARRIER_RateLimits__Register__Permits"] = "100000",
        ["HARRIER_Logging__LogLevel__Default"] = "Warning",
    };

    private static HttpClient Client(Uri address, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };

    private static string? NginxPath() =>
        new[] { "/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx" }.FirstOrDefault(File.Exists);

    /// <summary>nginx in the foreground with its own prefix folder, round-robin over the two nodes.</summary>
    private sealed class Nginx(Process process) : IAsyncDisposable
    {
        public static async Task<Nginx> StartAsync(string binary, string root, int listen, int a, int b)
        {
            var prefix = Directory.CreateDirectory(Path.Combine(root, "nginx")).FullName;
            var conf = Path.Combine(prefix, "nginx.conf");
            await File.WriteAllTextAsync(conf, string.Create(CultureInfo.InvariantCulture, $$"""
                daemon off;
                worker_processes 1;
                pid {{prefix}}/nginx.pid;
                error_log {{prefix}}/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log off;
                    client_body_temp_path {{prefix}}/body;
                    proxy_temp_path {{prefix}}/proxy;
                    fastcgi_temp_path {{prefix}}/fastcgi;
                    uwsgi_temp_path {{prefix}}/uwsgi;
                    scgi_temp_path {{prefix}}/scgi;
                    upstream harrier {
                        server 127.0.0.1:{{a}} max_fails=1 fail_timeout=60s;
                        server 127.0.0.1:{{b}} max_fails=1 fail_timeout=60s;
                    }
                    server {
                        listen 127.0.0.1:{{listen}};
                        client_max_body_size 64m;
                        location / {
                            proxy_pass http://harrier;
                            proxy_set_header Host $host:$server_port;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_connect_timeout 2s;
                        }
                    }
                }
                """));
            var start = new ProcessStartInfo(binary, ["-p", prefix, "-c", conf]) { RedirectStandardError = true, RedirectStandardOutput = true };
            var nginx = new Nginx(Process.Start(start)!);
            using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            for (var i = 0; i < 300; i++)
            {
                Assert.False(nginx._process.HasExited, "nginx exited: " + await nginx._process.StandardError.ReadToEndAsync());
                try
                {
                    using var health = await probe.GetAsync(new Uri($"http://127.0.0.1:{listen}/healthz"));
                    if (health.IsSuccessStatusCode)
                    {
                        return nginx;
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }

                await Task.Delay(100);
            }

            throw new TimeoutException("nginx did not answer within 30 s.");
        }

        private readonly Process _process = process;

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }
}
