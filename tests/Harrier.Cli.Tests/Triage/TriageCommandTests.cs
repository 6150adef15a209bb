using System.Text.Json;

namespace Harrier.Cli.Tests.Triage;

public sealed class TriageCommandTests
{
    private static readonly string[] Urgencies = ["emergency", "today", "soon", "self"];

    private static readonly string[] Actions = ["progress", "hold", "repeat", "reduce", "deload", "suspend"];

    [Fact]
    public async Task Json_ThreadRunner_HasTheDocumentedShape()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();

        var (code, output, errors) = await cli.RunWithErrorsAsync("triage", "--input", files.Write(TriageFiles.ThreadRunner), "--json");

        Assert.Equal(0, code);
        Assert.Equal("", errors);
        var root = JsonDocument.Parse(output).RootElement;
        var decision = root.GetProperty("decision");
        Assert.Contains(decision.GetProperty("action").GetString(), Actions);
        Assert.False(string.IsNullOrWhiteSpace(decision.GetProperty("reason").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(decision.GetProperty("basis").GetProperty("source").GetString()));
        var signs = root.GetProperty("warningSigns");
        Assert.Contains(signs.GetProperty("urgency").GetString(), Urgencies);
        Assert.Equal("complete", signs.GetProperty("status").GetString());
        foreach (var flag in signs.GetProperty("findings").EnumerateArray())
        {
            Assert.Contains(flag.GetProperty("urgency").GetString(), Urgencies);
            Assert.False(string.IsNullOrWhiteSpace(flag.GetProperty("label").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(flag.GetProperty("action").GetString()));
        }

        var contributors = root.GetProperty("contributors").EnumerateArray().ToArray();
        Assert.NotEmpty(contributors);
        foreach (var c in contributors)
        {
            Assert.Equal(JsonValueKind.Number, c.GetProperty("place").ValueKind);
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("title").GetString()));
            Assert.True(c.GetProperty("score").GetInt32() > 0);
            Assert.All(c.GetProperty("evidence").EnumerateArray(), e => Assert.Equal(JsonValueKind.String, e.ValueKind));
            Assert.Contains(c.GetProperty("grade").GetString(), (string[])["verified", "secondary", "derived", "unverified"]);
            Assert.DoesNotContain("EVIDENCE", c.GetProperty("source").GetString(), StringComparison.Ordinal);
            Assert.All(c.GetProperty("actions").EnumerateArray(), a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("name").GetString())));
        }

        var scores = contributors.Select(c => c.GetProperty("score").GetInt32()).ToArray();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(root.GetProperty("notIndicated").EnumerateArray(), c => Assert.Equal(0, c.GetProperty("score").GetInt32()));
    }

    [Fact]
    public async Task Json_ThreadRunner_OneHonestHeadlineAndTheNerveRootPatternApartNeverRanked()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();

        var (code, output, _) = await cli.RunWithErrorsAsync("triage", "--input", files.Write(TriageFiles.ThreadRunner), "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        var signs = root.GetProperty("warningSigns");
        Assert.Equal("self", signs.GetProperty("urgency").GetString());
        Assert.Equal("No emergency signs; one thing to watch: pain below the knee that may come from a nerve root",
            signs.GetProperty("heading").GetString());
        Assert.False(root.GetProperty("stoppedAtFlag").GetBoolean());
        var flag = Assert.Single(signs.GetProperty("findings").EnumerateArray());
        Assert.Equal("pain below the knee that may come from a nerve root", flag.GetProperty("label").GetString());

        var ids = root.GetProperty("contributors").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToArray();
        Assert.DoesNotContain("radicular-pattern", ids);
        Assert.Equal("radicular-pattern", root.GetProperty("toCheck")[0].GetProperty("id").GetString());
        Assert.Contains("load-spike", ids);
        Assert.Contains("hills", ids);
        var spike = root.GetProperty("contributors").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "load-spike");
        Assert.Contains(spike.GetProperty("evidence").EnumerateArray(), e => e.GetString()!.Contains("62.5%", StringComparison.Ordinal));
        Assert.NotEqual("suspend", root.GetProperty("decision").GetProperty("action").GetString());
    }

    [Fact]
    public async Task Json_NumbnessBelowTheKnee_IsSeeAClinicianSoonAndHolds()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();
        var numb = TriageFiles.ThreadRunner.Replace("\"ache\", \"shooting\"", "\"shooting\", \"numbness\"", StringComparison.Ordinal);

        var (code, output, _) = await cli.RunWithErrorsAsync("triage", "--input", files.Write(numb), "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("soon", root.GetProperty("warningSigns").GetProperty("urgency").GetString());
        Assert.Equal("nerve-root-numbness", root.GetProperty("warningSigns").GetProperty("findings")[0].GetProperty("id").GetString());
        Assert.Equal("hold", root.GetProperty("decision").GetProperty("action").GetString());
    }

    [Fact]
    public async Task Json_SaddleNumbness_StopsAtTheFlagAndExitsWithTheEmergencyCode()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();
        var emergency = TriageFiles.ThreadRunner.Replace("\"saddle-numbness\": false", "\"saddle-numbness\": true", StringComparison.Ordinal);

        var (code, output, _) = await cli.RunWithErrorsAsync("triage", "--input", files.Write(emergency), "--json");

        Assert.Equal(4, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("emergency", root.GetProperty("warningSigns").GetProperty("urgency").GetString());
        Assert.Equal("suspend", root.GetProperty("decision").GetProperty("action").GetString());
        Assert.True(root.GetProperty("stoppedAtFlag").GetBoolean());
        Assert.Empty(root.GetProperty("contributors").EnumerateArray());
        Assert.Empty(root.GetProperty("needData").EnumerateArray());
        Assert.Equal("saddle-numbness", root.GetProperty("warningSigns").GetProperty("findings")[0].GetProperty("id").GetString());
        Assert.StartsWith("Warning sign: numbness in the saddle area", root.GetProperty("decision").GetProperty("basis").GetProperty("name").GetString(),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("now", 4)]
    [InlineData("in-the-last-12-hours", 4)]
    [InlineData("12-to-72-hours-ago", 3)]
    [InlineData("more-than-72-hours-ago", 3)]
    public async Task Json_ChestPain_ExitCodeFollowsTheTiming(string when, int expected)
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();

        var (code, _) = await cli.RunAsync("triage", "--input", files.Write($$"""{ "redFlags": { "chest-pain": "{{when}}" } }"""), "--json");

        Assert.Equal(expected, code);
    }

    [Fact]
    public async Task Text_Emergency_StopsAtTheFlag()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();
        var emergency = TriageFiles.ThreadRunner.Replace("\"bladder-change\": false", "\"bladder-change\": true", StringComparison.Ordinal);

        var (code, output, _) = await cli.RunWithErrorsAsync("triage", "--input", files.Write(emergency));

        Assert.Equal(4, code);
        Assert.StartsWith("Harrier informs; it does not diagnose.", output, StringComparison.Ordinal);
        Assert.Contains("Warning signs: Get emergency help now", output, StringComparison.Ordinal);
        Assert.Contains("A change in passing urine (emergency):", output, StringComparison.Ordinal);
        Assert.Contains("Training: stop running until a clinician has seen you.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("paused", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Possible contributors", output, StringComparison.Ordinal);
        Assert.DoesNotContain("bladder-change", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_AnswersOnly_SaysNotScreenedNeverAnAllClear()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();

        var (code, output, _) = await cli.RunWithErrorsAsync("triage", "--input", files.Write("""{ "hills": "lots" }"""));

        Assert.Equal(0, code);
        Assert.Contains("Warning signs: Not screened", output, StringComparison.Ordinal);
        Assert.DoesNotContain("self-manage", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("No warning signs", output, StringComparison.Ordinal);
        Assert.Contains("Hill exposure", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_NoPainEntry_ReadsTheNerveRootPatternFromTheAnswers()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();
        var json = $$"""{ "painSpreadsBelowKnee": true, "numbnessOrTingling": true, "age": 30, {{TriageFiles.AllNo}} }""";

        var (code, output, _) = await cli.RunWithErrorsAsync("triage", "--input", files.Write(json), "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("soon", root.GetProperty("warningSigns").GetProperty("urgency").GetString());
        Assert.Equal("nerve-root-numbness", root.GetProperty("warningSigns").GetProperty("findings")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Text_NoDataAndNoUser_SaysThereIsNothingToGoOnNotCarryOn()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();

        var (code, output, _) = await cli.RunWithErrorsAsync("triage", "--input", files.Write("""{ "hills": "some" }"""));

        Assert.Equal(0, code);
        Assert.Contains("Training: nothing recorded to go on yet.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Carry on as planned", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Training: progress", output, StringComparison.Ordinal);
        Assert.DoesNotContain("paused", output, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Json_PainEntryWithANextMorningScoreOnly_NeverInventsAUsualLevel(int morning)
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();
        var json = $$"""{ "painEntry": { "region": "lower-back", "side": "right", "duringRun": 3, "nextMorning": {{morning}}, "day": "2026-11-23" } }""";

        var (code, output, _) = await cli.RunWithErrorsAsync("triage", "--input", files.Write(json), "--json");

        Assert.Equal(0, code);
        var decision = JsonDocument.Parse(output).RootElement.GetProperty("decision");
        Assert.Equal("hold", decision.GetProperty("action").GetString());
        Assert.DoesNotContain("usual 0/10", decision.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("cannot tell whether that is your usual level", decision.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_ThreadRunner_NoJargonTagsOrInternalScores()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();

        var (_, output, _) = await cli.RunWithErrorsAsync("triage", "--input", files.Write(TriageFiles.ThreadRunner));

        Assert.DoesNotMatch(@"\[[VSDU]\]", output);
        Assert.DoesNotContain("(score", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bAU\b|\bRPE\b", output);
        Assert.Contains("To get checked, not ranked:", output, StringComparison.Ordinal);
        Assert.Contains("(research: ", output, StringComparison.Ordinal);
    }
}
