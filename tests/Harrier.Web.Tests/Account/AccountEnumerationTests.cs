using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests.Account;

/// <summary>Known and unknown addresses get the same answers, in about the same time, from registration, sign-in and reset.</summary>
public sealed class AccountEnumerationTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    [Fact]
    public async Task RegisterApi_TakenAddress_AnsweredExactlyAsANewOneAndChangesNothing()
    {
        var email = Api.NewEmail("taken");
        using var client = server.NewClient();

        using var first = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Api.Password });
        using var again = await client.PostAsJsonAsync("/api/auth/register", new { email = email.ToUpperInvariant(), password = "another long phrase" });

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Null(first.Headers.Location);
        await Api.LogInAsync(client, email, Api.Password);
        using var stolen = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "another long phrase" });
        Assert.Equal(HttpStatusCode.Unauthorized, stolen.StatusCode);
    }

    [Fact]
    public async Task RegisterPage_TakenAddress_GoesToLogInLikeANewOne()
    {
        var email = Api.NewEmail("twice");
        using var first = server.NewClient();
        using var second = server.NewClient();

        using var created = await Pages.RegisterAsync(first, email);
        using var taken = await Pages.RegisterAsync(second, email, "another long phrase");

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(Pages.Target(created), Pages.Target(taken));
        var login = await second.GetPageAsync(Pages.Target(taken));
        Assert.Contains("If this address was new to Harrier", login.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(email, login.QuerySelector("input[name='Input.Email']")!.GetAttribute("value"));
        using var stolen = await Pages.LogInAsync(second, email, "another long phrase");
        Assert.Equal(HttpStatusCode.OK, stolen.StatusCode);
    }

    [Fact]
    public async Task LogIn_UnknownAddressAndWrongPassword_SameAnswerOnApiAndPage()
    {
        var email = Api.NewEmail("known");
        using var client = server.NewClient();
        using var registered = await Pages.RegisterAsync(client, email);

        using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "not the password" });
        using var unknown = await client.PostAsJsonAsync("/api/auth/login", new { email = Api.NewEmail("nobody"), password = "not the password" });
        using var wrongPage = await Pages.LogInAsync(client, email, "not the password");
        using var unknownPage = await Pages.LogInAsync(client, Api.NewEmail("nobody"), "not the password");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(await ProblemAsync(wrong), await ProblemAsync(unknown));
        Assert.Equal(Alert(await wrongPage.Content.ReadAsStringAsync()), Alert(await unknownPage.Content.ReadAsStringAsync()));
        Assert.Equal("That email and password do not match an account.", Alert(await wrongPage.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task LogIn_UnknownAddress_TakesAboutAsLongAsAWrongPassword()
    {
        var email = Api.NewEmail("timed");
        using var client = server.NewClient();
        using var registered = await Pages.RegisterAsync(client, email);
        await TimeAsync(client, "/api/auth/login", new { email, password = "warm up the hasher" });

        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            known.Add(await TimeAsync(client, "/api/auth/login", new { email, password = "not the password" }));
            unknown.Add(await TimeAsync(client, "/api/auth/login", new { email = Api.NewEmail("nobody"), password = "not the password" }));
        }

        // Before: 187-720 ms for an account and 4-9 ms without one. Both now hash a password.
        AssertSimilar(Median(known), Median(unknown));
    }

    [Fact]
    public async Task Register_TakenAddress_TakesAboutAsLongAsANewOne()
    {
        var taken = Api.NewEmail("timed-taken");
        using var client = server.NewClient();
        await TimeAsync(client, "/api/auth/register", new { email = taken, password = Api.Password });

        var fresh = new List<double>();
        var again = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            fresh.Add(await TimeAsync(client, "/api/auth/register", new { email = Api.NewEmail("timed-new"), password = Api.Password }));
            again.Add(await TimeAsync(client, "/api/auth/register", new { email = taken, password = Api.Password }));
        }

        AssertSimilar(Median(fresh), Median(again));
    }

    [Fact]
    public async Task ForgotPassword_WithoutSmtp_SaysTheOwnerCanResetIt()
    {
        using var client = server.NewClient();

        var page = await client.GetPageAsync("/account/forgot-password");
        using var api = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email = Api.NewEmail("any") });

        Assert.Contains("harrier users reset-password", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Forms, f => f.QuerySelector("input[name=_handler][value=forgot-password]") is not null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
    }

    private static async Task<double> TimeAsync(HttpClient client, string url, object body)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync(url, body);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static void AssertSimilar(double a, double b) =>
        Assert.True(a / b is > 0.33 and < 3, $"The two kinds of request took {a:F0} ms and {b:F0} ms (medians).");

    private static async Task<(int, string?, string?)> ProblemAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("status").GetInt32(), body.GetProperty("title").GetString(), body.GetProperty("detail").GetString());
    }

    private static string? Alert(string html) => Browserless.Parse(html).QuerySelector("[role=alert]")?.TextContent.Trim();
}
