using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

/// <summary>A remedy experiment knows the runner's plan: its default length fits before the goal day, and a big change of load is flagged.</summary>
public sealed class RemedyPlanTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    private async Task<HttpClient> RunnerOnCouchTo5KAsync()
    {
        var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        using var plan = await client.PostAsJsonAsync("/api/plans", new { template = "nhs-couch-to-5k", start = Today, days = PlanCalendarTests.EveryOtherDay(Today) });
        Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
        return client;
    }

    [Fact]
    public async Task Check_CouchTo5K_FitsFourPairsBeforeItsEndAndWarnsOfTheRisingLoad()
    {
        using var client = await RunnerOnCouchTo5KAsync();

        var check = await (await client.PostAsJsonAsync("/api/remedies/check", new { start = Today, periodDays = 7 })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(4, check.GetProperty("defaultPairs").GetInt32()); // the nine-week programme ends on day 60: 4 pairs of 14 days fit
        Assert.Contains("4 pairs of 7-day periods fit before it", check.GetProperty("lengthNote").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Your plan's running goes from 24 min a week", check.GetProperty("loadWarning").GetString(), StringComparison.Ordinal);
        Assert.True(check.GetProperty("canHoldSteady").GetBoolean());
    }

    [Fact]
    public async Task Start_WithoutPairs_FitsBeforeTheGoalDay_AndHoldingSteadyRepeatsTheWeekInThePlansHistory()
    {
        using var client = await RunnerOnCouchTo5KAsync();
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/plans/active")).GetProperty("plan");

        using var response = await client.PostAsJsonAsync("/api/remedies", new { remedy = "Calf stretch", start = Today, holdPlanSteady = true });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, body.GetProperty("design").GetProperty("pairs").GetInt32());
        Assert.Equal("steady", body.GetProperty("planChange").GetProperty("action").GetString());
        var plan = (await client.GetFromJsonAsync<JsonElement>("/api/plans/active")).GetProperty("plan");
        Assert.Equal("steady", plan.GetProperty("changes")[0].GetProperty("action").GetString());
        var end = DateOnly.Parse(body.GetProperty("design").GetProperty("end").GetString()!, CultureInfo.InvariantCulture);
        var during = plan.GetProperty("sessions").EnumerateArray()
            .Where(s => DateOnly.Parse(s.GetProperty("date").GetString()!, CultureInfo.InvariantCulture) <= end).ToArray();
        Assert.All(during, s => Assert.Equal(480, s.GetProperty("runSeconds").GetInt32()));
        Assert.True(plan.GetProperty("sessions").GetArrayLength() > before.GetProperty("sessions").GetArrayLength());
        var check = await (await client.PostAsJsonAsync("/api/remedies/check", new { start = Today, periodDays = 7, pairs = 4 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, check.GetProperty("loadWarning").ValueKind);
    }

    [Fact]
    public async Task Page_OffersTheFittingLengthTheWarningAndTheChoiceToHoldSteady()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "remedy");
        using var profile = await browser.PutAsJsonAsync("/api/me", new { timeZone = "Etc/UTC" });
        using var plan = await browser.PostAsJsonAsync("/api/plans", new { template = "nhs-couch-to-5k", start = Today, days = PlanCalendarTests.EveryOtherDay(Today) });

        var page = await browser.GetPageAsync("/remedies");

        Assert.Equal("4", page.QuerySelector("#pairs option[selected]")!.GetAttribute("value"));
        var notes = page.QuerySelectorAll(".explain .field-warning").Select(n => n.TextContent).ToArray();
        Assert.Contains(notes, n => n.Contains("4 pairs of 7-day periods fit before it", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("You can hold your plan steady", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("input#hold[type=checkbox]"));
    }

    [Fact]
    public async Task Start_HoldSteadyWithoutAPlan_IsAFieldErrorAndNothingStarts()
    {
        using var client = await Api.RunnerAsync(server);

        using var response = await client.PostAsJsonAsync("/api/remedies", new { remedy = "Calf stretch", start = Today, holdPlanSteady = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("holdPlanSteady", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/remedies")).GetArrayLength());
    }
}
