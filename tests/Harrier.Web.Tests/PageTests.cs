using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

public sealed class PageTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    /// <summary>The current minute in the test runners' zone (Europe/London): a run "now" is never in the future and always this week.</summary>
    private static (string Date, string Time) NowInLondon()
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(TimeProvider.System.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        return (local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), local.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, string> RunFields(string date, string distance, string duration, string rpe, string notes = "", string time = "06:30") => new()
    {
        ["Input.Date"] = date, ["Input.Time"] = time, ["Input.Distance"] = distance, ["Input.Duration"] = duration,
        ["Input.Rpe"] = rpe, ["Input.Surface"] = "Grass", ["Input.Notes"] = notes,
    };

    [Theory]
    [InlineData("/pl%C3%A4n?week=%C3%BC", "/pl%C3%A4n?week=%C3%BC")]
    [InlineData("%2F%2Fevil.example%2Fplan", "/log")]
    [InlineData("https%3A%2F%2Fevil.example%2F", "/log")]
    [InlineData("%2F%5Cevil.example", "/log")]
    [InlineData("%2Fplan%0D%0ASet-Cookie%3A%20x%3Dy", "/log")]
    public async Task SignIn_ReturnUrl_OnlyLocal_EscapedIntoTheRedirect(string returnUrl, string expected)
    {
        var email = Api.NewEmail("return");
        using (var client = await Pages.SignedInBrowserAsync(server, "return", email))
        {
        }

        using var browser = server.NewClient();
        using var login = await browser.SubmitAsync($"/account/login?ReturnUrl={returnUrl}", "login",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Api.Password });

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(expected, Pages.Target(login));
    }

    [Fact]
    public async Task AddRun_ValidForm_AppearsInThisWeeksTotals()
    {
        using var client = await Pages.SignedInBrowserAsync(server, "page");
        var (today, now) = NowInLondon();

        using var saved = await client.SubmitAsync("/runs/new", "run", RunFields(today, "5", "30:00", "4", "sunrise loop", now));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var log = await client.GetPageAsync(Pages.Target(saved));
        var thisWeek = log.QuerySelectorAll("section.week").First(s => s.QuerySelector("h2")!.TextContent.StartsWith("This week", StringComparison.Ordinal));
        Assert.Equal("5.00 km", thisWeek.QuerySelector("[data-total=distance]")!.TextContent);
        Assert.Equal("30:00", thisWeek.QuerySelector("[data-total=time]")!.TextContent);
        Assert.Equal("1", thisWeek.QuerySelector("[data-total=runs]")!.TextContent);
        Assert.Equal("120", thisWeek.QuerySelector("[data-total=load]")!.TextContent);
        Assert.Contains("sunrise loop", thisWeek.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddRun_InvalidValues_ShowsMessagesBesideFieldsAndKeepsInput()
    {
        using var client = await Pages.SignedInBrowserAsync(server, "page");

        using var response = await client.SubmitAsync("/runs/new", "run", RunFields("2026-01-05", "", "12:99", "", "my careful notes"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        var messages = page.QuerySelectorAll(".validation-message").Select(m => m.TextContent).ToArray();
        Assert.Contains("Enter the distance.", messages);
        Assert.Contains("Choose how hard the whole run felt.", messages);
        Assert.Contains(messages, m => m.StartsWith("Write the duration as", StringComparison.Ordinal));
        Assert.Equal("my careful notes", page.QuerySelector("textarea[name='Input.Notes']")!.TextContent);
        Assert.Equal("12:99", page.QuerySelector("input[name='Input.Duration']")!.GetAttribute("value"));
        Assert.Equal("2026-01-05", page.QuerySelector("input[name='Input.Date']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task EditAndDelete_OwnRun_ChangeTheLog()
    {
        using var client = await Pages.SignedInBrowserAsync(server, "page");
        var (today, now) = NowInLondon();
        using var saved = await client.SubmitAsync("/runs/new", "run", RunFields(today, "5", "30:00", "4", time: now));
        var id = Pages.Target(saved).Split('=')[1];

        using var edited = await client.SubmitAsync($"/runs/{id}/edit", "run", new Dictionary<string, string> { ["Input.Distance"] = "7.5" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var log = await client.GetPageAsync("/log");
        Assert.Equal("7.50 km", log.QuerySelector("[data-total=distance]")!.TextContent);

        using var deleted = await client.SubmitAsync($"/runs/{id}/delete", "delete-run", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        log = await client.GetPageAsync("/log");
        Assert.Equal("0", log.QuerySelector("[data-total=runs]")!.TextContent);
    }

    [Fact]
    public async Task PostForm_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = await Pages.SignedInBrowserAsync(server, "page");
        using var response = await client.PostAsync("/runs/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "run", ["Input.Date"] = "2026-01-05", ["Input.Time"] = "06:30", ["Input.Distance"] = "5",
            ["Input.Duration"] = "30:00", ["Input.Rpe"] = "4",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var runs = await client.GetPageAsync("/log");
        Assert.Equal("0", runs.QuerySelector("[data-total=runs]")!.TextContent);
    }

    [Fact]
    public async Task LogInLogOutAndChangePassword_ThroughPages_Work()
    {
        var email = Api.NewEmail("pw");
        using (var first = server.NewClient())
        {
            using var registered = await Pages.RegisterAsync(first, email);
            using var loggedIn = await Pages.LogInAsync(first, email);
            using var changed = await first.SubmitAsync("/account/password", "change-password", new Dictionary<string, string>
            {
                ["Input.CurrentPassword"] = Api.Password, ["Input.NewPassword"] = "a new long passphrase", ["Input.ConfirmPassword"] = "a new long passphrase",
            });
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

            var token = (await first.GetPageAsync("/log")).QuerySelector("form[action='account/logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using var logout = await first.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
            using var after = await first.GetAsync("/log");
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        }

        using var second = server.NewClient();
        using var oldPassword = await second.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Api.Password });
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        using var newPassword = await second.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "a new long passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
        var me = await second.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal("runner", me.GetProperty("roles")[0].GetString());
    }
}
