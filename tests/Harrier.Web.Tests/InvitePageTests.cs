using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

/// <summary>The coach's invitation page: post, redirect, show the code once; a reload makes nothing new.</summary>
public sealed class InvitePageTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    [Fact]
    public async Task CreateInvitation_RedirectsToShowTheCodeOnce_ReloadMakesNoSecondInvitation()
    {
        var (_, email) = await Api.CoachAsync(server, "reloader", timeZone: "Australia/Sydney");
        var browser = server.NewClient();
        using var login = await browser.SubmitAsync("/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Api.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        using var post = await browser.SubmitAsync("/coach/invite", "invite", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.EndsWith("/coach/invite", post.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var shown = await browser.GetPageAsync("/coach/invite");
        var code = shown.QuerySelector(".code-display")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(code));
        Assert.Single(shown.QuerySelectorAll("main li form"));

        // A reload is a GET: the code is not shown again and no second invitation appears.
        var reloaded = await browser.GetPageAsync("/coach/invite");
        Assert.Null(reloaded.QuerySelector(".code-display"));
        Assert.Single(reloaded.QuerySelectorAll("main li form"));

        // Times are on the coach's own clock, never labelled UTC.
        Assert.DoesNotContain("UTC", reloaded.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedOutVisitor_FromAnInvitationLink_IsToldWhoInvitedThem_OnLoginAndRegister()
    {
        var (coach, _) = await Api.CoachAsync(server, "Noor");
        using var made = await coach.PostAsync("/api/coach/invitations", null);
        var code = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var visitor = server.NewClient();

        using var join = await visitor.GetAsync($"/join/{code}");
        Assert.True(join.StatusCode == HttpStatusCode.Redirect, $"{join.StatusCode} {join.Headers.Location}");
        Assert.Contains("/account/login", join.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var login = await visitor.GetPageAsync(join.Headers.Location!.OriginalString);
        Assert.Contains("Noor has invited you", login.QuerySelector("[role=note]")?.TextContent, StringComparison.Ordinal);

        var registerHref = login.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h is not null && h.StartsWith("account/register?returnUrl=", StringComparison.Ordinal))!;
        var register = await visitor.GetPageAsync("/" + registerHref);
        Assert.Contains("Noor has invited you", register.QuerySelector("[role=note]")?.TextContent, StringComparison.Ordinal);

        var plain = await visitor.GetPageAsync("/account/login");
        Assert.Null(plain.QuerySelector("[role=note]"));
    }
}
