using System.Text.Json;

namespace Harrier.Cli.Tests.Triage;

public sealed class TriageCommandTests
{
    private static readonly string[] Urgencies = ["emergency", "today", "soon", "self"];

    private static readonly string[] PlanActions = ["progress", "hold", "repeat", "reduce", "deload", "suspend"];

    [Fact]
    public async Task Json_ThreadRunner_HasTheDocumentedShape()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();

        var (code, output, errors) = await cli.RunWithErrorsAsync("triage", "--input", files.Write(TriageFiles.ThreadRunner), "--json");

        Assert.Equal(0, code);
        Assert.Equal("", errors);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Contains(root.GetProperty("urgency").GetString(), Urgencies);
        Assert.Contains(root.GetProperty("planAction").GetString(), PlanActions);
        foreach (var flag in root.GetProperty("redFlags").EnumerateArray())
        {
            Assert.False(string.IsNullOrWhiteSpace(flag.GetProperty("id").GetString()));
            Assert.Contains(flag.GetProperty("urgency").GetString(), Urgencies);
            Assert.False(string.IsNullOrWhiteSpace(flag.GetProperty("message").GetString()));
        }

        var contributors = root.GetProperty("contributors").EnumerateArray().ToArray();
        Assert.NotEmpty(contributors);
        foreach (var c in contributors)
        {
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("title").GetString()));
            Assert.Equal(JsonValueKind.Number, c.GetProperty("score").ValueKind);
            Assert.All(c.GetProperty("evidence").EnumerateArray(), e => Assert.Equal(JsonValueKind.String, e.ValueKind));
            Assert.Contains(c.GetProperty("grade").GetString(), (string[])["verified", "secondary", "derived", "unverified"]);
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("source").GetString()));
            Assert.Equal(JsonValueKind.Array, c.GetProperty("actions").ValueKind);
        }

        var scores = contributors.Select(c => c.GetProperty("score").GetInt32()).ToArray();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task Json_ThreadRunner_GetsNerveRootAdviceAndSensibleContributors()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();

        var (code, output, _) = await cli.RunWithErrorsAsync("triage", "--input", files.Write(TriageFiles.ThreadRunner), "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Contains(root.GetProperty("urgency").GetString(), (string[])["self", "soon"]);
        Assert.False(root.GetProperty("suspendPlan").GetBoolean());
        Assert.Empty(root.GetProperty("unansweredRedFlags").EnumerateArray());
        var flag = Assert.Single(root.GetProperty("redFlags").EnumerateArray());
        Assert.Equal("nerve-root-pattern", flag.GetProperty("id").GetString());
        Assert.Contains("nerve root", flag.GetProperty("message").GetString(), StringComparison.Ordinal);

        var ids = root.GetProperty("contributors").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToArray();
        Assert.Equal("radicular-pattern", ids[0]);
        Assert.Contains("load-spike", ids);
        Assert.Contains("hills", ids);
        Assert.Contains(ids, id => id!.Contains("hip", StringComparison.Ordinal) || id.Contains("sitting", StringComparison.Ordinal));
        var spike = root.GetProperty("contributors").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "load-spike");
        Assert.Contains(spike.GetProperty("evidence").EnumerateArray(), e => e.GetString()!.Contains("62.5%", StringComparison.Ordinal));
        Assert.NotEqual("suspend", root.GetProperty("planAction").GetString());
    }

    [Fact]
    public async Task Json_NumbnessBelowTheKnee_IsSeeAClinicianSoon()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();
        var numb = TriageFiles.ThreadRunner.Replace("\"ache\", \"shooting\"", "\"shooting\", \"numbness\"", StringComparison.Ordinal);

        var (code, output, _) = await cli.RunWithErrorsAsync("triage", "--input", files.Write(numb), "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("soon", root.GetProperty("urgency").GetString());
        Assert.Equal("nerve-root-numbness", root.GetProperty("redFlags")[0].GetProperty("id").GetString());
        Assert.Equal("hold", root.GetProperty("planAction").GetString());
    }

    [Fact]
    public async Task Json_SaddleNumbness_IsAnEmergencyAndSuspendsThePlan()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();
        var emergency = TriageFiles.ThreadRunner.Replace(
            "\"saddle-numbness\": false", "\"saddle-numbness\": true", StringComparison.Ordinal);

        var (code, output, _) = await cli.RunWithErrorsAsync("triage", "--input", files.Write(emergency), "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("emergency", root.GetProperty("urgency").GetString());
        Assert.Equal("suspend", root.GetProperty("planAction").GetString());
        Assert.True(root.GetProperty("suspendPlan").GetBoolean());
        var first = root.GetProperty("redFlags")[0];
        Assert.Equal("saddle-numbness", first.GetProperty("id").GetString());
        Assert.Equal("emergency", first.GetProperty("urgency").GetString());
    }

    [Fact]
    public async Task Text_Emergency_PrintsTheRedFlagFirstAndPlainly()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();
        var emergency = TriageFiles.ThreadRunner.Replace("\"bladder-change\": false", "\"bladder-change\": true", StringComparison.Ordinal);

        var (code, output, _) = await cli.RunWithErrorsAsync("triage", "--input", files.Write(emergency));

        Assert.Equal(0, code);
        Assert.StartsWith("Harrier informs; it does not diagnose.", output, StringComparison.Ordinal);
        var flag = output.IndexOf("EMERGENCY NOW (bladder-change)", StringComparison.Ordinal);
        var nerveRoot = output.IndexOf("(nerve-root-pattern)", StringComparison.Ordinal);
        var contributors = output.IndexOf("Possible contributors", StringComparison.Ordinal);
        Assert.True(flag > 0 && flag < nerveRoot && nerveRoot < contributors, output);
        Assert.Contains("The training plan is paused", output, StringComparison.Ordinal);
        Assert.Contains("Plan: suspend.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_AnswersOnly_SaysWhichRedFlagQuestionsAreUnanswered()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();

        var (code, output, _) = await cli.RunWithErrorsAsync("triage", "--input", files.Write("""{ "hills": "lots" }"""));

        Assert.Equal(0, code);
        Assert.Contains("Not answered:", output, StringComparison.Ordinal);
        Assert.Contains("saddle-numbness", output, StringComparison.Ordinal);
        Assert.Contains("Age not given", output, StringComparison.Ordinal);
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
        Assert.Equal("soon", root.GetProperty("urgency").GetString());
        Assert.Equal("nerve-root-numbness", root.GetProperty("redFlags")[0].GetProperty("id").GetString());
    }
}
