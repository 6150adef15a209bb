using System.Net;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

internal static class Pages
{
    /// <summary>Registers and logs in through the pages' forms and returns the client, now carrying the sign-in cookie.</summary>
    public static async Task<HttpClient> SignedInBrowserAsync(HarrierServer server, string who, string? email = null)
    {
        var client = server.NewClient();
        email ??= Api.NewEmail(who);
        using var response = await RegisterAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?registered=true", Target(response), StringComparison.Ordinal);
        using var login = await LogInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/log", Target(login));
        return client;
    }

    public static Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string password = Api.Password, string url = "/account/login") =>
        client.SubmitAsync(url, "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Where a redirect points, as path and query.</summary>
    public static string Target(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"Not a redirect: {(int)response.StatusCode}.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, string password = Api.Password) =>
        client.SubmitAsync("/account/register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
            ["Input.TimeZoneId"] = "Europe/London",
        });
}
