using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Harrier.Tests;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

/// <summary>The owner keeps their data: download it all, bring it to another server, delete the account — over HTTP, on both providers.</summary>
public sealed class OwnerDataTests(HarrierServer sqlite, PostgresHarrierServer postgres)
    : IClassFixture<HarrierServer>, IClassFixture<PostgresHarrierServer>
{
    private static readonly string Today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// What the runner sees through the API, ids taken out (another server gives new ones). The export is taken on PostgreSQL, whose
    /// instants are in microseconds, so SQLite (which keeps 100 ns ticks) gives every instant back exactly.
    /// </summary>
    private static readonly string[] Views =
    [
        "/api/me", "/api/runs?from=2000-01-01&to=2100-01-01", "/api/shoes", "/api/plans/active", "/api/pain/entries?days=3650", "/api/pain/check-ins",
        "/api/screening/red-flags", "/api/remedies",
    ];

    [Fact]
    public async Task ExportOnPostgres_ImportOnSqlite_TheRunnerSeesTheSameRecords()
    {
        TestEnvironment.Need(postgres.Available, "PostgreSQL (HARRIER_TEST_POSTGRES)");
        var from = await Api.RunnerAsync(postgres, "exporter");
        await FillAsync(from);
        var to = await Api.RunnerAsync(sqlite, "importer");

        using var export = await from.GetAsync("/api/me/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/zip", export.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("harrier-export-", export.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Contains("no-store", export.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var zip = await export.Content.ReadAsByteArrayAsync();
        using var import = await to.PostAsync("/api/me/import", ZipContent(zip));

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var counts = await import.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, counts.GetProperty("runs").GetInt32());
        Assert.Equal(1, counts.GetProperty("recordings").GetInt32());
        foreach (var view in Views)
        {
            Assert.Equal(await ViewAsync(from, view), await ViewAsync(to, view));
        }

        using var original = new ZipArchive(new MemoryStream(zip));
        Assert.Contains(original.Entries, e => e.FullName.StartsWith("originals/", StringComparison.Ordinal) && e.Name == "steady-run.fit");
    }

    [Fact]
    public async Task Import_AccountWithRuns_Conflict()
    {
        var runner = await Api.RunnerAsync(sqlite);
        await Api.CreateRunAsync(runner, Api.Run(TimeProvider.System.GetUtcNow().AddHours(-2)));
        using var export = await runner.GetAsync("/api/me/export");

        using var import = await runner.PostAsync("/api/me/import", ZipContent(await export.Content.ReadAsByteArrayAsync()));

        Assert.Equal(HttpStatusCode.Conflict, import.StatusCode);
    }

    [Fact]
    public async Task Import_DamagedZip_FieldErrorAndNothingStored()
    {
        var runner = await Api.RunnerAsync(sqlite);

        using var import = await runner.PostAsync("/api/me/import", ZipContent([0x50, 0x4B, 0x05, 0x06, 0, 0]));

        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        var problem = await import.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("not a readable zip file", problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("[]", (await runner.GetFromJsonAsync<JsonElement>("/api/shoes")).GetRawText());
    }

    [Fact]
    public async Task Import_WithTheSignInCookie_Refused()
    {
        var browser = await Pages.SignedInBrowserAsync(sqlite, "cookie");

        using var import = await browser.PostAsync("/api/me/import", ZipContent([1, 2, 3]));

        Assert.True(import.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{import.StatusCode}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DeleteAccount_RightPasswordOnly_RemovesEveryRowOfTheRunner(bool onPostgres)
    {
        var server = onPostgres ? postgres : sqlite;
        TestEnvironment.Need(server.Available, "PostgreSQL (HARRIER_TEST_POSTGRES)");
        var email = Api.NewEmail("leaver");
        var runner = server.NewClient();
        using (var register = await runner.PostAsJsonAsync("/api/auth/register", new { email, password = Api.Password, timeZone = "Europe/London" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, register.StatusCode);
        }

        runner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Api.LogInAsync(runner, email, Api.Password));
        var id = await Api.IdAsync(runner);
        await FillAsync(runner);
        var (coach, _) = await Api.CoachAsync(server, "coach");
        await Api.LinkAsync(coach, runner, "training-and-health");

        using var wrong = await runner.SendAsync(DeleteMe("not my password"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await runner.GetAsync("/api/me")).StatusCode);
        using var right = await runner.SendAsync(DeleteMe(Api.Password));

        Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await runner.GetAsync("/api/me")).StatusCode);
        using var login = await server.NewClient().PostAsJsonAsync("/api/auth/login", new { email, password = Api.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        await using var db = server.Database.NewContext();
        Assert.Empty(await UserRows.WhereAsync(db, id));
        Assert.Empty(await (await coach.GetAsync("/api/coach/clients")).Content.ReadFromJsonAsync<JsonElement[]>() ?? []);
    }

    [Fact]
    public async Task Pages_DownloadLinkAndDeleteWithPassword_SignsOut()
    {
        var browser = await Pages.SignedInBrowserAsync(sqlite, "pages");
        var data = await browser.GetPageAsync("/account/data");
        Assert.NotNull(data.QuerySelector("a[href='api/me/export']"));
        Assert.NotNull(data.QuerySelector("form input[type=file][name=file]"));
        using var download = await browser.GetAsync("/api/me/export");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);

        using var wrong = await browser.SubmitAsync("/account/delete", "delete-account", new Dictionary<string, string> { ["Input.Password"] = "nope nope nope" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("That is not your password.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var right = await browser.SubmitAsync("/account/delete", "delete-account", new Dictionary<string, string> { ["Input.Password"] = Api.Password });

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/account/deleted", Pages.Target(right));
        using var after = await browser.GetAsync("/account/settings");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", Pages.Target(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_UploadIntoANewAccount_ShowsWhatCameIn()
    {
        var from = await Api.RunnerAsync(sqlite, "pagefrom");
        await Api.CreateRunAsync(from, Api.Run(TimeProvider.System.GetUtcNow().AddDays(-1), notes: "from the page"));
        using var export = await from.GetAsync("/api/me/export");
        var browser = await Pages.SignedInBrowserAsync(sqlite, "pageto");
        var token = (await browser.GetPageAsync("/account/data")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = ZipContent(await export.Content.ReadAsByteArrayAsync());
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent("import-account"), "_handler");

        using var response = await browser.PostAsync("/account/data", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Imported 1 runs", page.QuerySelector("main .alert")?.TextContent ?? page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("from the page", await browser.GetStringAsync("/api/runs?from=2000-01-01&to=2100-01-01"), StringComparison.Ordinal);
    }

    /// <summary>A shoe, a hand-entered run and an imported file in it, a plan, a pain entry, a check-in, a warning-signs check, an experiment.</summary>
    private static async Task FillAsync(HttpClient client)
    {
        using var shoe = await client.PostAsJsonAsync("/api/shoes", new { name = "Road shoes", startingDistanceMeters = 50_000 });
        var shoeId = (await shoe.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await Api.CreateRunAsync(client, Api.Run(TimeProvider.System.GetUtcNow().AddDays(-2), notes: "windy"));
        await Api.ImportAsync(client, shoeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ("steady-run.fit", await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "steady-run.fit"))));
        await PostAsync(client, "/api/plans", new { template = "nhs-couch-to-5k", start = Today, days = new[] { "monday", "wednesday", "friday" } });
        await PostAsync(client, "/api/pain/entries", new { day = Today, region = "knee", side = "left", afterRun = 3, notes = "stairs" });
        await PostAsync(client, "/api/pain/check-ins", new { pain = 2, somethingNew = false });
        var flags = Core.Screening.RedFlagRules.Questions.ToDictionary(q => q.Id, _ => false);
        await PostAsync(client, "/api/screening/red-flags", new { answers = flags, age = 40 });
        await PostAsync(client, "/api/remedies", new { remedy = "Calf stretch", start = Today, periodDays = 7, pairs = 2, washoutDays = 2 });
    }

    private static async Task PostAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static MultipartFormDataContent ZipContent(byte[] zip)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(zip);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Add(part, "file", "export.zip");
        return content;
    }

    private static HttpRequestMessage DeleteMe(string password) => new(HttpMethod.Delete, "/api/me") { Content = JsonContent.Create(new { password }) };

    private static async Task<string> ViewAsync(HttpClient client, string url)
    {
        var node = JsonNode.Parse(await client.GetStringAsync(url));
        Strip(node);
        return node?.ToJsonString() ?? "null";
    }

    /// <summary>Takes out ids, addresses and the account's own name and e-mail, which differ between the two servers.</summary>
    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (key is "id" or "email" or "displayName" or "url" or "link" || key.EndsWith("Id", StringComparison.Ordinal))
                    {
                        obj.Remove(key);
                    }
                    else
                    {
                        Strip(obj[key]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Strip(item);
                }

                break;
        }
    }
}
