using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

public sealed class HostTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    [Fact]
    public async Task Healthz_DatabaseUp_ReportsHealthy()
    {
        using var client = server.NewClient();
        var health = await client.GetFromJsonAsync<JsonElement>("/healthz");
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheRunsApi()
    {
        using var client = server.NewClient();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/runs", out _));
        Assert.True(paths.TryGetProperty("/api/runs/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/log/weeks", out _));
        Assert.True(paths.TryGetProperty("/api/auth/login", out _));
    }

    [Fact]
    public async Task ApiReference_Page_IsServed()
    {
        using var client = server.NewClient();
        using var response = await client.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Harrier API", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_Is404PageWithoutDetails()
    {
        using var client = server.NewClient();
        using var response = await client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stylesheet_LinkedFromPages_IsServedCompressedOrNot()
    {
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.All }) { BaseAddress = server.BaseAddress };
        var page = Browserless.Parse(await client.GetStringAsync("/account/login"));
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var request = new HttpRequestMessage(HttpMethod.Get, href) { Headers = { { "Accept-Encoding", "gzip, br" } } };
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".button.primary", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_HaveSecurityHeaders()
    {
        using var client = server.NewClient();
        using var response = await client.GetAsync("/account/login");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}

/// <summary>The same app over PostgreSQL: start-up migrations, health and a run through the API.</summary>
public sealed class PostgresHostTests(PostgresHarrierServer server) : IClassFixture<PostgresHarrierServer>
{
    [Fact]
    public async Task Postgres_HealthAndRunRoundTrip_Work()
    {
        TestEnvironment.Need(server.Available, "PostgreSQL (HARRIER_TEST_POSTGRES)");
        using var anonymous = server.NewClient();
        var health = await anonymous.GetFromJsonAsync<JsonElement>("/healthz");
        Assert.Equal("Postgres", health.GetProperty("checks").GetProperty("database").GetProperty("data").GetProperty("provider").GetString());

        using var client = await Api.RunnerAsync(server);
        var start = new DateTimeOffset(TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(-1).AddHours(5).AddMinutes(45), TimeSpan.Zero);
        var id = (await Api.CreateRunAsync(client, Api.Run(start))).GetProperty("id").GetInt32();
        var run = await client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}");
        Assert.Equal(start, run.GetProperty("startTime").GetDateTimeOffset());
    }
}
