using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Harrier.Tests.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Harrier.Web.Tests.SelfHosting;

/// <summary>
/// A form on another site posting with the runner's sign-in cookie is refused everywhere; Harrier's own pages (token) and JSON
/// requests (which no cross-site form can send) go through.
/// </summary>
public sealed class CookieForgeryTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task CrossSiteForm_RotateFeed_IsRefusedAndTheFeedKeepsItsAddress()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "forgery-feed");
        using var created = await browser.PostAsync("/api/plans/calendar-feed", JsonContent.Create(new { }));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var feed = new Uri((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!).PathAndQuery;

        using var forged = await CrossSiteFormAsync(browser, HttpMethod.Post, "/api/plans/calendar-feed");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        using var anonymous = server.NewClient();
        using var still = await anonymous.GetAsync(feed);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task CrossSiteForm_StopRemedy_IsRefusedAndTheExperimentRuns()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "forgery-remedy");
        using var started = await browser.PostAsJsonAsync("/api/remedies", new { remedy = "Calf raises", start = Today, periodDays = 7, pairs = 6 });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        using var forged = await CrossSiteFormAsync(browser, HttpMethod.Post, $"/api/remedies/{id}/stop");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var remedy = await browser.GetFromJsonAsync<JsonElement>($"/api/remedies/{id}");
        Assert.Equal("running", remedy.GetProperty("status").GetString());
    }

    [Fact]
    public async Task CrossSiteForm_LogOut_IsRefused_WithTheTokenItWorks()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "forgery-logout");

        using var forged = await CrossSiteFormAsync(browser, HttpMethod.Post, "/api/auth/logout");
        using var stillIn = await browser.GetAsync("/api/me");
        var token = (await browser.GetPageAsync("/account/settings")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var own = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout") { Headers = { { "RequestVerificationToken", token } } };
        using var loggedOut = await browser.SendAsync(own);
        using var after = await browser.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.True(loggedOut.IsSuccessStatusCode, $"logout with the token answered {(int)loggedOut.StatusCode}");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    /// <summary>
    /// Every state-changing endpoint and page the app maps (read from its own endpoint list, so a new one is covered without editing
    /// this test), posted as a cross-site form by a runner's and by a coach's browser: each is refused, by the forgery check (400)
    /// or because that person may not use it at all (401 for bearer-only endpoints, 403, or a redirect to sign-in or "denied").
    /// </summary>
    [Fact]
    public async Task CrossSiteForm_EveryStateChangingEndpoint_IsRefused()
    {
        using var runner = await Pages.SignedInBrowserAsync(server, "forgery-all");
        var (coachBearer, coachEmail) = await Api.CoachAsync(server, "forgery-coach");
        coachBearer.Dispose();
        using var coach = await CookieSessionAsync(coachEmail);
        var problems = new List<string>();
        var endpoints = StateChangingEndpoints(server);
        var checkedForForgery = 0;
        foreach (var (method, pattern) in endpoints)
        {
            var path = Fill(pattern);
            var answers = new List<string>();
            foreach (var browser in new[] { runner, coach })
            {
                using var response = await CrossSiteFormAsync(browser, new HttpMethod(method), path);
                var status = (int)response.StatusCode;
                var refused = status is 400 or 401 or 403
                    || (status == 302 && Pages.Target(response).StartsWith("/account/", StringComparison.Ordinal));
                answers.Add(refused ? "refused" : $"{status} {response.Headers.Location}");
                checkedForForgery += status == 400 ? 1 : 0;
            }

            if (answers.Any(a => a != "refused"))
            {
                problems.Add($"{method} {path}: runner {answers[0]}, coach {answers[1]}");
            }
        }

        using var runnerStillIn = await runner.GetAsync("/api/me");
        using var coachStillIn = await coach.GetAsync("/api/me");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(checkedForForgery > 100, $"only {checkedForForgery} answers came from the forgery check ({endpoints.Count} endpoints)");
        Assert.Equal(HttpStatusCode.OK, runnerStillIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, coachStillIn.StatusCode);
    }

    /// <summary>What a form on evil.example makes the browser send: the cookie, a form body, no token.</summary>
    private static Task<HttpResponseMessage> CrossSiteFormAsync(HttpClient browser, HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["shoeId"] = "1", ["answer"] = "yes" }),
            Headers = { { "Origin", "https://evil.example" }, { "Sec-Fetch-Site", "cross-site" } },
        };
        return browser.SendAsync(request);
    }

    /// <summary>A browser signed in with the cookie as the given account.</summary>
    private async Task<HttpClient> CookieSessionAsync(string email)
    {
        var browser = server.NewClient();
        using var login = await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = Api.Password });
        Assert.True(login.IsSuccessStatusCode, $"cookie sign-in answered {(int)login.StatusCode}");
        return browser;
    }

    private static List<(string Method, string Pattern)> StateChangingEndpoints(HarrierServer server) =>
        server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!)))
            .Where(e => e.Method is "POST" or "PUT" or "DELETE" or "PATCH")
            .Distinct()
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>Route values that match the constraints; the forgery check comes before any data is looked up.</summary>
    private static string Fill(string pattern) => Regex.Replace(pattern.StartsWith('/') ? pattern : "/" + pattern, @"\{\*?([a-zA-Z]+)(:[a-z]+)*\??\}", m =>
        m.Groups[1].Value switch
        {
            "date" => Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "token" => new string('f', 64),
            "instrument" => "start-back",
            var name when m.Value.Contains(":int", StringComparison.Ordinal) || name.EndsWith("Id", StringComparison.Ordinal) || name == "id" => "1",
            _ => "x",
        });
}
