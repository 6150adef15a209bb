using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

/// <summary>A coach sets a client's plan with the same rules as the runner, moves a session with a reason, and comments on a session the runner sees on Today.</summary>
public sealed class CoachPlanTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task SetPlan_MoveWithReason_CommentOnToday_OnlyForTheirOwnClient()
    {
        var (coach, _) = await Api.CoachAsync(server, "sam");
        var (stranger, _) = await Api.CoachAsync(server, "other");
        var ana = await Api.RunnerAsync(server, "ana", timeZone: "Etc/UTC");
        await Api.LinkAsync(coach, ana, "training");
        var anaId = await Api.IdAsync(ana);
        var plan = new { template = "nhs-couch-to-5k", start = Iso(Today), days = PlanCalendarTests.EveryOtherDay(Today) };

        using (var bad = await coach.PostAsJsonAsync($"/api/coach/clients/{anaId}/plan", new { template = "no-such-plan" }))
        using (var refused = await stranger.PostAsJsonAsync($"/api/coach/clients/{anaId}/plan", plan))
        {
            Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (bad.StatusCode, refused.StatusCode));
        }

        using (var set = await coach.PostAsJsonAsync($"/api/coach/clients/{anaId}/plan", plan))
        {
            Assert.Equal(HttpStatusCode.Created, set.StatusCode);
        }

        var active = await ana.GetFromJsonAsync<JsonElement>("/api/plans/active");
        Assert.Equal("NHS Couch to 5K", active.GetProperty("plan").GetProperty("name").GetString());

        using (var noReason = await coach.PostAsJsonAsync($"/api/coach/clients/{anaId}/plan/sessions/{Iso(Today)}/move", new { to = Iso(Today.AddDays(1)) }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        }

        using var moved = await coach.PostAsJsonAsync($"/api/coach/clients/{anaId}/plan/sessions/{Iso(Today)}/move",
            new { to = Iso(Today.AddDays(1)), reason = "Group run tomorrow" });
        Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        var change = (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("change").GetProperty("reason").GetString();
        Assert.Contains("Group run tomorrow (moved by your coach sam)", change, StringComparison.Ordinal);

        using (var comment = await coach.PostAsJsonAsync($"/api/coach/clients/{anaId}/comments",
            new { target = "session", targetKey = Iso(Today.AddDays(1)), text = "Easy pace, we'll walk the hill" }))
        {
            Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
        }

        var browser = server.NewClient();
        var email = (await ana.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("email").GetString()!;
        using (await browser.SubmitAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Api.Password }))
        {
        }

        var plan2 = await browser.GetPageAsync("/plan");
        Assert.Contains("Easy pace, we'll walk the hill", plan2.Body!.TextContent, StringComparison.Ordinal);
    }
}
