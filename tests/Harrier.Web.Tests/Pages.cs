using System.Net;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

internal static class Pages
{
    /// <summary>Registers through the page's form and returns the client, now carrying the sign-in cookie.</summary>
    public static async Task<HttpClient> SignedInBrowserAsync(HarrierServer server, string who, string? email = null)
    {
        var client = server.NewClient();
        using var response = await RegisterAsync(client, email ?? Api.NewEmail(who));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/log", Target(response));
        return client;
    }

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
