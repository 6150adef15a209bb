using System.Net.Http.Json;
using Harrier.Tests.Web;
using Microsoft.AspNetCore.Hosting;

namespace Harrier.Web.Tests.SelfHosting;

/// <summary>
/// Behind an HTTPS proxy on the same machine (loopback, trusted by default): the forwarded scheme and host count, so the sign-in
/// cookie is Secure and HSTS is sent. The same headers from an address that is not a configured proxy change nothing.
/// </summary>
public sealed class ReverseProxyTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    [Fact]
    public async Task ForwardedHttps_FromLoopbackProxy_SecureCookieAndHsts()
    {
        var (cookie, hsts) = await SignInBehindProxyAsync(server);

        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(hsts);
    }

    [Fact]
    public async Task ForwardedHttps_NoProxyHeaders_PlainCookieNoHsts()
    {
        var (cookie, hsts) = await SignInBehindProxyAsync(server, forwarded: false);

        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Null(hsts);
    }

    /// <summary>Registers, then signs in with the cookie through a "proxy" that says the request came over HTTPS to harrier.example.</summary>
    internal static async Task<(string Cookie, string? Hsts)> SignInBehindProxyAsync(HarrierServer server, bool forwarded = true)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        var email = Api.NewEmail("proxied");
        using (var register = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Api.Password, timeZone = "Etc/UTC" }))
        {
            Assert.True(register.IsSuccessStatusCode, $"registration answered {(int)register.StatusCode}");
        }

        using var login = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login?useCookies=true")
        {
            Content = JsonContent.Create(new { email, password = Api.Password }),
        };
        if (forwarded)
        {
            login.Headers.Add("X-Forwarded-Proto", "https");
            login.Headers.Add("X-Forwarded-Host", "harrier.example");
            login.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        using var response = await client.SendAsync(login);
        Assert.True(response.IsSuccessStatusCode, $"sign-in answered {(int)response.StatusCode}");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("harrier.auth=", StringComparison.Ordinal));
        return (cookie, response.Headers.TryGetValues("Strict-Transport-Security", out var hsts) ? hsts.Single() : null);
    }
}

/// <summary>The app configured to trust only a proxy elsewhere (10.9.9.9): the test client on loopback is not that proxy.</summary>
public sealed class OtherProxyHarrierServer : HarrierServer
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("TrustedProxies", "10.9.9.9");
    }
}

public sealed class UntrustedProxyTests(OtherProxyHarrierServer server) : IClassFixture<OtherProxyHarrierServer>
{
    [Fact]
    public async Task ForwardedHttps_FromAddressNotConfigured_IsIgnored()
    {
        var (cookie, hsts) = await ReverseProxyTests.SignInBehindProxyAsync(server);

        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Null(hsts);
    }
}
