using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests.SelfHosting;

/// <summary>Personal data is never kept in a cache; public reference data and static files may be.</summary>
public sealed class NoStoreTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    [Theory]
    [InlineData("/api/runs")]
    [InlineData("/api/me")]
    [InlineData("/api/log/weeks")]
    [InlineData("/api/runs/999999")]
    public async Task Api_PersonalData_IsNoStore(string path)
    {
        using var client = await Api.RunnerAsync(server);
        using var response = await client.GetAsync(path);

        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} answered {(int)response.StatusCode} without no-store");
    }

    [Fact]
    public async Task Api_SignIn_TokenIsNoStore()
    {
        using var client = server.NewClient();
        var email = Api.NewEmail("nostore");
        using var register = await client.PostAsync("/api/auth/register", JsonContent.Create(new { email, password = Api.Password }));
        using var login = await client.PostAsync("/api/auth/login", JsonContent.Create(new { email, password = Api.Password }));

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.True(login.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("/api/exercises")]
    [InlineData("/api/plans/templates")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/app.css")]
    public async Task PublicResources_AreNotMarkedNoStore(string path)
    {
        using var client = server.NewClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Pages_SignedIn_AreNoStore()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "nostore-page");
        foreach (var path in new[] { "/log", "/account/settings", "/plan" })
        {
            using var response = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore, path);
        }
    }

    [Fact]
    public async Task CalendarFeed_IsNoStore()
    {
        using var client = await Api.RunnerAsync(server);
        using var created = await client.PostAsync("/api/plans/calendar-feed", null);
        var url = new Uri((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!);
        using var anonymous = server.NewClient();
        using var feed = await anonymous.GetAsync(url.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.True(feed.Headers.CacheControl?.NoStore);
    }
}
