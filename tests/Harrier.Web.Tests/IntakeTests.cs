using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Core.Intake;
using Harrier.Core.Screening;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

/// <summary>The runner's intake page and API: nothing typed lost on an error, plain errors per field, and the check it leads to.</summary>
public sealed class IntakeTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    /// <summary>An API intake request: PAR-Q+ all no, with the given history.</summary>
    public static object Request(object history) => new { parQ = AllNo(), history };

    [Fact]
    public async Task Page_AgeOutOfBounds_EverythingTypedComesBackAsTyped()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "intake-typed");
        var fields = ParQFields();
        fields["parq-bone-joint-problem"] = "yes";
        foreach (var f in ParQForm.Shipped.FollowUps)
        {
            fields["parq-" + f.Id] = "no";
        }

        fields["regular"] = "no";
        fields["running"] = "yes";
        fields["running-minutes"] = "60";
        fields["treadmill"] = "no";
        fields["disease"] = "no";
        fields["injuries"] = "Sprained ankle in May";
        fields["back-pain"] = "yes";
        fields["sitting"] = "9";
        fields["shoes"] = "Old trail shoes";
        fields["age"] = "5";
        fields["mass"] = "-5";

        using var response = await browser.SubmitAsync("/intake", "intake", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        var messages = page.QuerySelectorAll(".validation-message").Select(m => m.TextContent).ToArray();
        Assert.Contains("Age must be a whole number from 10 to 110 years.", messages);
        Assert.Contains("Body mass must be from 25 to 300 kg.", messages);
        Assert.Equal("yes", Checked(page, "running"));
        Assert.Equal("yes", Checked(page, "back-pain"));
        Assert.Equal("yes", Checked(page, "parq-bone-joint-problem"));
        Assert.Equal("60", page.QuerySelector("#running-minutes")!.GetAttribute("value"));
        Assert.Equal("Sprained ankle in May", page.QuerySelector("#injuries")!.TextContent);
        Assert.Equal("9", page.QuerySelector("#sitting")!.GetAttribute("value"));
        Assert.Equal("Old trail shoes", page.QuerySelector("#shoes")!.GetAttribute("value"));
        Assert.Equal("5", page.QuerySelector("#age")!.GetAttribute("value"));
        Assert.Equal("-5", page.QuerySelector("#mass")!.GetAttribute("value"));

        fields["age"] = "34";
        fields["mass"] = "70";
        using var fixedUp = await browser.SubmitAsync("/intake", "intake", fields);

        Assert.Equal(HttpStatusCode.Redirect, fixedUp.StatusCode);
        Assert.Equal("/screening?from=intake", Pages.Target(fixedUp));
        var check = await browser.GetPageAsync("/screening?from=intake");
        Assert.Equal("34", check.QuerySelector("#age")!.GetAttribute("value"));
        Assert.StartsWith("Known from your intake on", check.QuerySelector("#age-known")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_UnansweredYesNo_StaysUnansweredNeverTurnsIntoNo()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "intake-unanswered");
        var fields = ParQFields();
        fields["regular"] = "no";
        fields["treadmill"] = "no";
        fields["disease"] = "no";

        using var response = await browser.SubmitAsync("/intake", "intake", fields);

        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("", Checked(page, "running"));
        Assert.Equal("", Checked(page, "back-pain"));
        Assert.Contains(page.QuerySelectorAll("[role=alert] p"), p => p.TextContent.Contains("Do you run at the moment?", StringComparison.Ordinal));
        Assert.Empty(await IntakesAsync(browser));
    }

    [Fact]
    public async Task Page_FirstIntake_HasNoEarlierIntakesAndTheCheckTakenSinceIsAcknowledged()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "intake-first");
        var fields = ParQFields();
        fields["regular"] = "no";
        fields["running"] = "no";
        fields["treadmill"] = "no";
        fields["disease"] = "no";
        fields["back-pain"] = "yes";
        fields["age"] = "30";
        using var saved = await browser.SubmitAsync("/intake", "intake", fields);
        Assert.Equal("/screening?from=intake", Pages.Target(saved));

        var before = await browser.GetPageAsync("/intake");
        Assert.DoesNotContain("Earlier intakes", before.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("take the warning-signs check now", before.Body.TextContent, StringComparison.Ordinal);

        var answers = RedFlagRules.Questions.Where(q => q.AskIf is null).ToDictionary(q => "q-" + q.Id, _ => "no");
        using var checkedUp = await browser.SubmitAsync("/screening?from=intake", "red-flags", answers);
        Assert.Equal(HttpStatusCode.OK, checkedUp.StatusCode);

        var after = await browser.GetPageAsync("/intake");
        Assert.DoesNotContain("take the warning-signs check now", after.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("you took the warning-signs check on", after.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Earlier intakes", after.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ChestDiscomfortTicked_GoesToTheWarningSignsCheckFirst()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "intake-chest");
        var fields = ParQFields();
        fields["regular"] = "no";
        fields["running"] = "no";
        fields["treadmill"] = "no";
        fields["disease"] = "no";
        fields["back-pain"] = "no";
        fields["symptom"] = nameof(AcsmSymptom.ChestDiscomfort);

        using var saved = await browser.SubmitAsync("/intake", "intake", fields);

        Assert.Equal("/screening?from=intake", Pages.Target(saved));
    }

    [Theory]
    [InlineData("age", 5)]
    [InlineData("hoursSittingPerDay", 30)]
    [InlineData("bodyMassKg", -5)]
    public async Task Api_ImpossibleHistory_IsAPlainFieldErrorNotAServerError(string field, double value)
    {
        using var client = await Api.RunnerAsync(server);

        using var response = await client.PostAsJsonAsync("/api/intake", Request(new Dictionary<string, object> { [field] = value }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(" must be ", errors.GetProperty("history." + field)[0].GetString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, bool> AllNo() =>
        ParQForm.Shipped.Questions.Select(q => q.Id).Concat(ParQForm.Shipped.Delay.Select(d => d.Id)).ToDictionary(id => id, _ => false);

    private static Dictionary<string, string> ParQFields() => AllNo().ToDictionary(p => "parq-" + p.Key, _ => "no");

    private static string Checked(AngleSharp.Dom.IDocument page, string name) =>
        page.QuerySelector($"input[name='{name}'][checked]")?.GetAttribute("value") ?? "";

    private static async Task<string[]> IntakesAsync(HttpClient browser)
    {
        var page = await browser.GetPageAsync("/intake");
        return page.QuerySelectorAll("details.notes li").Select(li => li.TextContent).ToArray();
    }
}
