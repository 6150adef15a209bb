using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests.Account;

/// <summary>The password policy's refusals and their words, on the registration API and page.</summary>
public sealed class PasswordPolicyPathTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    [Theory]
    [InlineData("aaaaaaaaaa", "Avoid repeating a character")]
    [InlineData("password12", "one of the most common passwords")]
    [InlineData("short", "Use at least 10 characters")]
    [InlineData("P@ssw0rd2024!", "a common password with a few digits or symbols added")]
    public async Task Register_WeakPassword_RefusedWithItsReasonOnApiAndPage(string password, string reason)
    {
        using var client = server.NewClient();
        var email = Api.NewEmail("weak");

        using var api = await client.PostAsJsonAsync("/api/auth/register", new { email, password });
        using var page = await Pages.RegisterAsync(client, email, password);

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var errors = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("password");
        Assert.Contains(reason, errors[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var messages = Browserless.Parse(await page.Content.ReadAsStringAsync()).QuerySelectorAll(".validation-message").Select(m => m.TextContent);
        Assert.Contains(messages, m => m.Contains(reason, StringComparison.Ordinal));
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }
}
