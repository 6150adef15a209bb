using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

/// <summary>The wizard and the API check plan input through Core's one set of rules: a message beside the field, never a 500.</summary>
public sealed class PlanInputPathTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("buds-category-1", "true", "false", "BUD/S Warning Order, Category I running build-up needs 4 training days a week; you chose 3.")]
    [InlineData("nhs-couch-to-5k", "false", "false", "NHS Couch to 5K needs 3 training days a week; you chose 2.")]
    public async Task Wizard_ProgrammeNeedsMoreDaysThanTicked_SaysSoBesideTheDays(string template, string wednesday, string friday, string message)
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "days");

        using var response = await browser.SubmitAsync("/plan/new", "plan", new Dictionary<string, string>
        {
            ["Input.Mode"] = "template", ["Input.Template"] = template, ["Input.Start"] = Day(Today.AddDays(1)), ["Input.Action"] = "preview",
            ["Input.Monday"] = "true", ["Input.Wednesday"] = wednesday, ["Input.Friday"] = friday, ["Input.Thursday"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        var days = page.QuerySelectorAll("fieldset").Single(f => f.QuerySelector("legend")!.TextContent.StartsWith("Days you can train", StringComparison.Ordinal));
        Assert.Equal(message, days.QuerySelector(".validation-message")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#preview"));
        using var active = await browser.GetAsync("/plan");
        Assert.Contains("You have no plan yet", await active.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wizard_CouchTo5KOnConsecutiveDays_PreviewsWithTheWarningBesideTheDays()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "rest");

        using var response = await browser.SubmitAsync("/plan/new", "plan", new Dictionary<string, string>
        {
            ["Input.Start"] = Day(Today.AddDays(1)), ["Input.Action"] = "preview",
            ["Input.Monday"] = "true", ["Input.Tuesday"] = "true", ["Input.Wednesday"] = "true", ["Input.Friday"] = "false",
        });

        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("the NHS advises a rest day between runs", page.QuerySelector("fieldset .field-warning")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#preview"));
    }

    [Fact]
    public async Task Wizard_GoalDayFarAway_IsRefusedBesideTheGoalDate()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "far");

        using var response = await browser.SubmitAsync("/plan/new", "plan", new Dictionary<string, string>
        {
            ["Input.Mode"] = "goal", ["Input.Start"] = Day(Today.AddDays(1)), ["Input.By"] = "9999-12-31", ["Input.Action"] = "preview",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        var by = page.QuerySelector("#by")!.ParentElement!;
        Assert.Contains("Choose a goal day within 2 years of the start", by.QuerySelector(".validation-message")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/plans")]
    [InlineData("/api/plans/preview")]
    public async Task Api_GoalDayInYear9999_Is400WithTheByField(string path)
    {
        using var client = await Api.RunnerAsync(server);

        using var response = await client.PostAsJsonAsync(path,
            new { goal = "5k", by = "9999-12-31", days = new[] { "monday", "wednesday", "friday" }, current = "none" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["by"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains("within 2 years", errors.GetProperty("by")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_BudsOnThreeDays_Is400WithTheDaysField()
    {
        using var client = await Api.RunnerAsync(server);

        using var response = await client.PostAsJsonAsync("/api/plans",
            new { template = "buds-category-1", start = Today.AddDays(1), days = new[] { "monday", "wednesday", "friday" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("needs 4 training days a week; you chose 3", errors.GetProperty("days")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_PreviewOnConsecutiveDays_ReturnsTheWarningByField()
    {
        using var client = await Api.RunnerAsync(server);

        using var response = await client.PostAsJsonAsync("/api/plans/preview",
            new { template = "nhs-couch-to-5k", start = Today.AddDays(1), days = new[] { "monday", "tuesday", "wednesday" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("rest day between runs", plan.GetProperty("inputWarnings").GetProperty("days")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_BadTimes_Is400AndGoodTimesAreTheSessionsTimes()
    {
        using var client = await Api.RunnerAsync(server);
        var start = Today.AddDays(1);
        var days = new[] { start.DayOfWeek, start.AddDays(2).DayOfWeek, start.AddDays(4).DayOfWeek }.Select(d => d.ToString()).ToArray();

        using var bad = await client.PostAsJsonAsync("/api/plans/preview",
            new { template = "nhs-couch-to-5k", start, days, times = new Dictionary<string, string> { ["mon"] = "25:00" } });
        using var good = await client.PostAsJsonAsync("/api/plans/preview",
            new { template = "nhs-couch-to-5k", start, days, times = new Dictionary<string, string> { [days[0]] = "6:00" } });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'25:00' for Monday is not a time", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var plan = await good.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("06:00", plan.GetProperty("sessions")[0].GetProperty("time").GetString());
        Assert.Equal(JsonValueKind.Null, plan.GetProperty("sessions")[1].GetProperty("time").ValueKind);
    }

    [Fact]
    public async Task Api_RunnerInMiles_GetsAGoalPlanInMiles()
    {
        var client = server.NewClient();
        var email = Api.NewEmail("miles");
        using var register = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Api.Password, distanceUnit = "miles" });
        Assert.Equal(HttpStatusCode.Accepted, register.StatusCode);
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Api.LogInAsync(client, email, Api.Password));

        using var response = await client.PostAsJsonAsync("/api/plans/preview",
            new { goal = "10k", start = Today.AddDays(1), by = Today.AddDays(120), days = new[] { "tuesday", "thursday", "sunday" }, current = "5k in 28:00" });

        var plan = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("6.2 mi by", plan.GetProperty("name").GetString(), StringComparison.Ordinal);
        client.Dispose();
    }
}
