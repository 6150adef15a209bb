using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests.Account;

/// <summary>Log-out and password changes end sessions and tokens at once; refresh tokens rotate. On SQLite and on PostgreSQL.</summary>
public abstract class SessionTests<TServer>(TServer server) where TServer : HarrierServer
{
    [Fact]
    public async Task Tokens_RefreshRotatesAReusedRefreshEndsTheSessionAndLogOutRevokes()
    {
        TestEnvironment.Need(server.Available, "PostgreSQL (HARRIER_TEST_POSTGRES)");
        var email = await RegisterAsync();
        using var client = server.NewClient();
        var first = await TokensAsync(await client.PostAsJsonAsync("/api/auth/login", new { email, password = Api.Password }));
        Assert.Equal("Bearer", first.GetProperty("tokenType").GetString());
        Assert.Equal(900, first.GetProperty("expiresIn").GetInt64());
        Assert.Equal(HttpStatusCode.OK, await MeAsync(client, first));

        var second = await TokensAsync(await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = Refresh(first) }));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(client, first));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(client, second));

        using var reused = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = Refresh(first) });
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(client, second));

        var third = await TokensAsync(await client.PostAsJsonAsync("/api/auth/login", new { email, password = Api.Password }));
        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout") { Headers = { Authorization = Bearer(third) } };
        using var loggedOut = await client.SendAsync(logout);
        Assert.Equal(HttpStatusCode.NoContent, loggedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(client, third));
        using var afterLogout = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = Refresh(third) });
        Assert.Equal(HttpStatusCode.Unauthorized, afterLogout.StatusCode);
    }

    [Fact]
    public async Task SignOutEverywhere_FromSettingsOrTheApi_EndsEveryBrowserAndEveryToken()
    {
        TestEnvironment.Need(server.Available, "PostgreSQL (HARRIER_TEST_POSTGRES)");
        var email = await RegisterAsync();
        using var laptop = await BrowserAsync(email, Api.Password);
        using var phone = await BrowserAsync(email, Api.Password);
        using var app = server.NewClient();
        var tokens = await TokensAsync(await app.PostAsJsonAsync("/api/auth/login", new { email, password = Api.Password }));

        var settings = await laptop.GetPageAsync("/account/settings");
        var form = settings.Forms.Single(f => f.QuerySelector("input[name=everywhere]") is not null);
        Assert.Contains("Sign out on every device", form.TextContent, StringComparison.Ordinal);
        using var signedOut = await laptop.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!, ["everywhere"] = "true",
        }));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        foreach (var browser in new[] { laptop, phone })
        {
            using var log = await browser.GetAsync("/log");
            Assert.Equal(HttpStatusCode.Redirect, log.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(app, tokens));
        using var refresh = await app.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = Refresh(tokens) });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);

        var one = await TokensAsync(await app.PostAsJsonAsync("/api/auth/login", new { email, password = Api.Password }));
        var two = await TokensAsync(await app.PostAsJsonAsync("/api/auth/login", new { email, password = Api.Password }));
        using var everywhere = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout?everywhere=true") { Headers = { Authorization = Bearer(one) } };
        using var done = await app.SendAsync(everywhere);
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(app, two));
    }

    [Fact]
    public async Task PasswordChange_OnAPage_EndsOtherBrowsersAndTokensButKeepsThisBrowser()
    {
        TestEnvironment.Need(server.Available, "PostgreSQL (HARRIER_TEST_POSTGRES)");
        var email = await RegisterAsync();
        using var laptop = await BrowserAsync(email, Api.Password);
        using var phone = await BrowserAsync(email, Api.Password);
        using var app = server.NewClient();
        var tokens = await TokensAsync(await app.PostAsJsonAsync("/api/auth/login", new { email, password = Api.Password }));

        using var changed = await laptop.SubmitAsync("/account/password", "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Api.Password, ["Input.NewPassword"] = "a new long passphrase", ["Input.ConfirmPassword"] = "a new long passphrase",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        using var laptopLog = await laptop.GetAsync("/log");
        Assert.Equal(HttpStatusCode.OK, laptopLog.StatusCode);
        using var phoneLog = await phone.GetAsync("/log");
        Assert.Equal(HttpStatusCode.Redirect, phoneLog.StatusCode);
        Assert.StartsWith("/account/login", Pages.Target(phoneLog), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(app, tokens));
        using var refresh = await app.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = Refresh(tokens) });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task PasswordChange_ThroughTheApi_EndsEverySessionThisOneToo()
    {
        TestEnvironment.Need(server.Available, "PostgreSQL (HARRIER_TEST_POSTGRES)");
        var email = await RegisterAsync();
        using var browser = await BrowserAsync(email, Api.Password);
        using var app = server.NewClient();
        var tokens = await TokensAsync(await app.PostAsJsonAsync("/api/auth/login", new { email, password = Api.Password }));

        using var weak = new HttpRequestMessage(HttpMethod.Post, "/api/me/password")
        {
            Headers = { Authorization = Bearer(tokens) }, Content = JsonContent.Create(new { currentPassword = Api.Password, newPassword = "password12" }),
        };
        using var refused = await app.SendAsync(weak);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("most common passwords", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var change = new HttpRequestMessage(HttpMethod.Post, "/api/me/password")
        {
            Headers = { Authorization = Bearer(tokens) }, Content = JsonContent.Create(new { currentPassword = Api.Password, newPassword = "a new long passphrase" }),
        };
        using var changed = await app.SendAsync(change);

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(app, tokens));
        using var log = await browser.GetAsync("/log");
        Assert.Equal(HttpStatusCode.Redirect, log.StatusCode);
        await Api.LogInAsync(app, email, "a new long passphrase");
    }

    private async Task<string> RegisterAsync()
    {
        var email = Api.NewEmail("session");
        using var client = server.NewClient();
        using var registered = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Api.Password });
        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        return email;
    }

    private async Task<HttpClient> BrowserAsync(string email, string password)
    {
        var browser = server.NewClient();
        using var login = await Pages.LogInAsync(browser, email, password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return browser;
    }

    private static async Task<JsonElement> TokensAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
    }

    private static AuthenticationHeaderValue Bearer(JsonElement tokens) => new("Bearer", tokens.GetProperty("accessToken").GetString());

    private static string Refresh(JsonElement tokens) => tokens.GetProperty("refreshToken").GetString()!;

    private static async Task<HttpStatusCode> MeAsync(HttpClient client, JsonElement tokens)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me") { Headers = { Authorization = Bearer(tokens) } };
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}

public sealed class SqliteSessionTests(HarrierServer server) : SessionTests<HarrierServer>(server), IClassFixture<HarrierServer>;

public sealed class PostgresSessionTests(PostgresHarrierServer server) : SessionTests<PostgresHarrierServer>(server), IClassFixture<PostgresHarrierServer>;
