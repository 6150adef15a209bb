using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data;
using Harrier.Data.Import;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Harrier.LoadBench;

/// <summary>A signed-in runner (or the coach) as the load sees them: a cookie for pages, a token for the API, a run with a recording.</summary>
internal sealed record Identity(string Cookie, string Bearer, int RecordedRunId, bool IsCoach);

/// <summary>
/// The club under load: a fresh database, the web app started on it as its own process (Release build, loopback, a free port),
/// and the seeding done through the app's own API where a runner would do it (accounts, imports, plans, pain, coaching) and straight
/// into the database only for the years of older hand-logged runs, which would take the API an hour.
/// </summary>
internal sealed partial class Club : IAsyncDisposable
{
    private const string Password = "a club runner's long passphrase";
    private readonly LoadOptions _options;
    private readonly string _folder = Directory.CreateTempSubdirectory("harrier-load-").FullName;
    private readonly DatabaseSettings _settings;
    private readonly string? _postgresDatabase;
    private Process? _app;
    private int _runs;
    private int _imported;

    private Club(LoadOptions options)
    {
        _options = options;
        if (options.Provider == "postgres")
        {
            var admin = new NpgsqlConnectionStringBuilder(options.Postgres ?? throw new ArgumentException("--postgres or HARRIER_TEST_POSTGRES is needed."));
            _postgresDatabase = $"harrier_load_{Environment.ProcessId}";
            admin.Database = _postgresDatabase;
            _settings = new DatabaseSettings(DatabaseProvider.Postgres, admin.ConnectionString, _folder);
        }
        else
        {
            _settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "harrier.db")}", _folder);
        }
    }

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<Club> CreateAsync(LoadOptions options)
    {
        var club = new Club(options);
        if (club._postgresDatabase is { } name)
        {
            await using var admin = new NpgsqlConnection(options.Postgres);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        await club.StartAsync();
        return club;
    }

    public string Describe() => $"{_runs:N0} runs logged by hand, {_imported:N0} imported with recordings";

    /// <summary>The web app's resident memory, in MiB (Linux).</summary>
    public double ServerMemoryMiB()
    {
        var status = File.ReadAllLines($"/proc/{_app!.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(DigitsPattern().Match(status).Value, CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>Seeds the club and returns who the load signs in as: every runner with a cookie and a token, and the coach.</summary>
    public async Task<IReadOnlyList<Identity>> SeedAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var runners = new Identity[_options.Runners];
        await Parallel.ForEachAsync(Enumerable.Range(0, _options.Runners), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (i, ct) =>
        {
            var email = $"runner{i}@load.example";
            var token = await RegisterAsync(email, ct);
            using var api = Api(token);
            await OlderRunsAsync(email, today, i, ct);
            var recorded = await ImportRecentAsync(api, today, i, ct);
            await PlanAndPainAsync(api, today, i, ct);
            runners[i] = new Identity(await CookieAsync(email, ct), token, recorded, IsCoach: false);
        });

        using (var runner = Api(await RegisterAsync("coach@load.example", CancellationToken.None)))
        {
            (await runner.PutAsJsonAsync("/api/me", new { coach = true })).EnsureSuccessStatusCode();
        }

        // Signed in again: the coach's role is in the token from the next sign-in on.
        var coachToken = await LogInAsync("coach@load.example", CancellationToken.None);
        using var coach = Api(coachToken);
        foreach (var runner in runners.Take(_options.Clients))
        {
            using var invitation = await coach.PostAsync("/api/coach/invitations", null);
            var code = (await invitation.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
            using var client = Api(runner.Bearer);
            (await client.PostAsJsonAsync("/api/coaches", new { code, scope = "training-and-health" })).EnsureSuccessStatusCode();
        }

        return [.. runners, new Identity(await CookieAsync("coach@load.example", CancellationToken.None), coachToken, 0, IsCoach: true)];
    }

    private HttpClient Api(string token)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> RegisterAsync(string email, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        (await Retry(() => http.PostAsJsonAsync("/api/auth/register", new { email, password = Password, timeZone = "Europe/London", distanceUnit = "kilometers" }, ct))).Dispose();
        return await LogInAsync(email, ct);
    }

    private async Task<string> LogInAsync(string email, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        using var login = await Retry(() => http.PostAsJsonAsync("/api/auth/login", new { email, password = Password }, ct));
        return (await login.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Signs in through the sign-in page, as a browser would, and returns the cookies as one Cookie header value.</summary>
    private async Task<string> CookieAsync(string email, CancellationToken ct)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = BaseAddress };
        var page = await http.GetStringAsync("/account/login", ct);
        var token = AntiforgeryPattern().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = Password,
        });
        using var response = await Retry(() => http.PostAsync("/account/login", form, ct));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in {email} through the page gave {(int)response.StatusCode}.");
        }

        return cookies.GetCookieHeader(BaseAddress);
    }

    /// <summary>Years of runs logged by hand before the recent weeks: three or four a week, 3 to 15 km, mostly on roads.</summary>
    private async Task OlderRunsAsync(string email, DateOnly today, int seed, CancellationToken ct)
    {
        var options = new DbContextOptionsBuilder<HarrierDbContext>();
        HarrierDatabase.Configure(options, _settings);
        await using var db = new HarrierDbContext(options.Options);
        var owner = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(ct);
        var random = new Random(seed);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var runs = new List<Run>();
        for (var day = today.AddYears(-_options.Years); day < today.AddDays(-7 * _options.RecentWeeks); day = day.AddDays(1))
        {
            if (random.NextDouble() > 0.5)
            {
                continue;
            }

            var km = 3 + (random.NextDouble() * 12);
            var run = new Run { OwnerId = owner, StartUtc = day.ToDateTime(new TimeOnly(6, random.Next(60)), DateTimeKind.Utc), TimeZoneId = "Europe/London" };
            run.Enter(new RunEntry(run.StartUtc, "Europe/London", Distance.FromKilometers(km), TimeSpan.FromSeconds(km * (300 + random.Next(120))),
                new Effort(3 + random.Next(5)), random.Next(5) == 0 ? Surface.Trail : Surface.Road, ShoeId: null, Notes: null), now);
            runs.Add(run);
        }

        db.Runs.AddRange(runs);
        await db.SaveChangesAsync(ct);
        Interlocked.Add(ref _runs, runs.Count);
    }

    /// <summary>The recent weeks as one upload of GPX files, as from a watch export; returns one run with a recording.</summary>
    private async Task<int> ImportRecentAsync(HttpClient api, DateOnly today, int seed, CancellationToken ct)
    {
        var random = new Random(seed + 1000);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var day = today.AddDays(-7 * _options.RecentWeeks); day < today; day = day.AddDays(1))
            {
                if (random.NextDouble() > 0.5)
                {
                    continue;
                }

                var start = day.ToDateTime(new TimeOnly(6, random.Next(60)), DateTimeKind.Utc);
                await using var entry = await archive.CreateEntry($"activities/{day:yyyy-MM-dd}.gpx", CompressionLevel.Fastest).OpenAsync(ct);
                await entry.WriteAsync(SampleActivity.Gpx(start, TimeSpan.FromMinutes(20 + random.Next(40)), 51.5 + (random.NextDouble() / 10), -0.1 + (random.NextDouble() / 10)), ct);
            }
        }

        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(zip.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Add(file, "files", "export.zip");
        using var response = await api.PostAsync("/api/imports", content, ct);
        var body = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(ct);
        var ids = body.GetProperty("files").EnumerateArray()
            .Where(f => f.GetProperty("runId").ValueKind == JsonValueKind.Number).Select(f => f.GetProperty("runId").GetInt32()).ToArray();
        Interlocked.Add(ref _imported, ids.Length);
        return ids.Length > 0 ? ids[^1] : throw new InvalidOperationException("The import saved no run: " + body);
    }

    private static async Task PlanAndPainAsync(HttpClient api, DateOnly today, int seed, CancellationToken ct)
    {
        var days = new[] { today, today.AddDays(2), today.AddDays(4) }.Select(d => d.DayOfWeek.ToString().ToLowerInvariant()).ToArray();
        (await api.PostAsJsonAsync("/api/plans", new { template = "nhs-couch-to-5k", start = today, days }, ct)).EnsureSuccessStatusCode();
        var random = new Random(seed + 2000);
        for (var i = 0; i < 10; i++)
        {
            var day = today.AddDays(-random.Next(60));
            (await api.PostAsJsonAsync("/api/pain/entries", new { day, region = "lower-back", side = "right", afterRun = random.Next(0, 4) }, ct)).EnsureSuccessStatusCode();
        }
    }

    /// <summary>Retries a request the app's rate limiter turned away, after the wait it asks for.</summary>
    private static async Task<HttpResponseMessage> Retry(Func<Task<HttpResponseMessage>> send)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await send();
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt > 20)
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            response.Dispose();
            await Task.Delay(wait);
        }
    }

    private async Task StartAsync()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Harrier.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from the repository (Harrier.slnx not found).");
        }

        var dll = Path.Combine(root, "artifacts", "bin", "Harrier.Web", "release", "Harrier.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"Build the app first: dotnet build -c Release src/Harrier.Web ({dll} is missing).");
        }

        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
        }

        // The address on the command line as well: it outranks any Urls in the app's appsettings.json.
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseAddress.ToString().TrimEnd('/')]) { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        start.Environment["HARRIER_DataDir"] = _folder;
        start.Environment["HARRIER_Database__Provider"] = _settings.Provider.ToString();
        start.Environment["HARRIER_ConnectionStrings__Harrier"] = _settings.ConnectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["HARRIER_RateLimits__Enabled"] = "false";
        _app = Process.Start(start)!;
        _app.OutputDataReceived += (_, e) => { };
        _app.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("app: " + e.Data); } };
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await http.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (_app.HasExited)
            {
                throw new InvalidOperationException($"The app stopped with exit code {_app.ExitCode}.");
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException("The app did not answer /healthz in two minutes.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            await _app.WaitForExitAsync();
        }

        _app?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_postgresDatabase is { } name)
        {
            await using var admin = new NpgsqlConnection(_options.Postgres);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex DigitsPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();
}
