using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MimeKit;

namespace Harrier.Web.Tests.Account;

/// <summary>Password reset by e-mail through a local SMTP sink: the link, its address, its single use, and what it ends.</summary>
public sealed class PasswordResetTests(MailHarrierServer server) : IClassFixture<MailHarrierServer>
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ForgotPassword_MailsALinkToThePublicAddressWhateverTheHost_AndTheLinkResetsOnceAndEndsSessions()
    {
        var email = Api.NewEmail("forgot");
        using var client = server.NewClient();
        using var registered = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Api.Password });
        var token = await Api.LogInAsync(client, email, Api.Password);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/forgot-password") { Content = JsonContent.Create(new { email }) };
        request.Headers.Host = "evil.example";
        using var asked = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);

        var link = ResetLink(await server.Mail.WaitForAsync(email, MailWait));
        Assert.StartsWith(MailHarrierServer.PublicBaseUrl + "account/reset-password?email=", link.ToString(), StringComparison.Ordinal);
        var path = link.PathAndQuery;
        using var weak = await client.SubmitAsync(path, "reset-password", Fields("password12"));
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("one of the most common passwords", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var reset = await client.SubmitAsync(path, "reset-password", Fields("a brand new passphrase"));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.StartsWith("/account/login?reset=true", Pages.Target(reset), StringComparison.Ordinal);
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/me") { Headers = { Authorization = new("Bearer", token) } };
        using var ended = await client.SendAsync(me);
        Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
        await Api.LogInAsync(client, email, "a brand new passphrase");
        using var old = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Api.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);

        using var again = await client.SubmitAsync(path, "reset-password", Fields("yet another passphrase"));
        Assert.Contains("This link has expired or was used already.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_UnknownAddress_SameAnswerAndNoMail()
    {
        var email = Api.NewEmail("known");
        var nobody = Api.NewEmail("nobody");
        using var client = server.NewClient();
        using var registered = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Api.Password });

        using var known = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email });
        using var unknown = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email = nobody });
        using var knownPage = await client.SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        using var unknownPage = await client.SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = nobody });

        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        Assert.Equal(Status(await knownPage.Content.ReadAsStringAsync()), Status(await unknownPage.Content.ReadAsStringAsync()));
        Assert.StartsWith("If an account uses this address", Status(await unknownPage.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.NotNull(await server.Mail.WaitForAsync(email, MailWait));
        await Task.Delay(500);
        Assert.Equal(2, server.Mail.CountTo(email));
        Assert.Equal(0, server.Mail.CountTo(nobody));
    }

    [Fact]
    public async Task ResetApi_WithTheMailedCode_SetsThePassword_BadCodesAndWeakPasswordsAreFieldErrors()
    {
        var email = Api.NewEmail("api-reset");
        using var client = server.NewClient();
        using var registered = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Api.Password });
        using var asked = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email });
        var code = System.Web.HttpUtility.ParseQueryString(ResetLink(await server.Mail.WaitForAsync(email, MailWait)).Query)["code"];

        using var badCode = await client.PostAsJsonAsync("/api/auth/reset-password", new { email, code = "bm90IGEgY29kZQ", newPassword = "a brand new passphrase" });
        using var weak = await client.PostAsJsonAsync("/api/auth/reset-password", new { email, code, newPassword = "zzzzzzzzzz" });
        using var reset = await client.PostAsJsonAsync("/api/auth/reset-password", new { email, code, newPassword = "a brand new passphrase" });

        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.True((await badCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _));
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("repeating", (await weak.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("newPassword")[0].GetString(),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        await Api.LogInAsync(client, email, "a brand new passphrase");
    }

    [Fact]
    public async Task Register_TakenAddress_TellsItsOwnerByMail()
    {
        var email = Api.NewEmail("owner");
        using var client = server.NewClient();
        using var registered = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Api.Password });
        using var again = await client.PostAsJsonAsync("/api/auth/register", new { email, password = "another long phrase" });

        var mail = await server.Mail.WaitForAsync(email, MailWait);

        Assert.NotNull(mail);
        Assert.NotNull(mail.TextBody);
        Assert.Equal("Someone tried to create a Harrier account with your address", mail.Subject);
        Assert.Contains(MailHarrierServer.PublicBaseUrl + "account/forgot-password", mail.TextBody, StringComparison.Ordinal);
    }

    private static Uri ResetLink(MimeMessage? mail)
    {
        Assert.NotNull(mail);
        Assert.Equal("Choose a new Harrier password", mail.Subject);
        var line = (mail.TextBody ?? "").Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http", StringComparison.Ordinal));
        return new Uri(line);
    }

    private static Dictionary<string, string> Fields(string password) => new() { ["Input.NewPassword"] = password, ["Input.ConfirmPassword"] = password };

    private static string? Status(string html) => Browserless.Parse(html).QuerySelector("[role=status]")?.TextContent.Trim();
}
