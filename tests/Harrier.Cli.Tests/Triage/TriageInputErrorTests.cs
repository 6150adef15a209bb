namespace Harrier.Cli.Tests.Triage;

/// <summary>A bad answers file is expected input: one clear line on standard error, exit code 1, no stack trace.</summary>
public sealed class TriageInputErrorTests
{
    [Theory]
    [InlineData("{ \"hills\": ", "answers.json:")]
    [InlineData("[1, 2]", "must hold one JSON object")]
    [InlineData("{ \"hils\": \"some\" }", "unknown field 'hils'")]
    [InlineData("{ \"hills\": \"mountains\" }", "hills must be one of: none, some, lots.")]
    [InlineData("{ \"hills\": 2 }", "hills must be one of: none, some, lots.")]
    [InlineData("{ \"hoursSittingPerDay\": 40 }", "hoursSittingPerDay: Hours sitting a day must be from 0 to 24.")]
    [InlineData("{ \"bodyMassKg\": -5 }", "bodyMassKg: Body mass must be from 25 to 300 kg.")]
    [InlineData("{ \"leansForward\": \"yes\" }", "leansForward must be true or false.")]
    [InlineData("{ \"painEntry\": { \"region\": \"knees\", \"side\": \"left\" } }", "painEntry.region must be one of: lower-back,")]
    [InlineData("{ \"redFlags\": { \"saddle\": true } }", "redFlags.saddle: There is no warning-sign question")]
    [InlineData("{ \"redFlags\": { \"saddle-numbness\": \"maybe\" } }", "redFlags.saddle-numbness: Answer \"yes\" or \"no\"")]
    [InlineData("{ \"redFlags\": { \"chest-pain\": true } }", "when it last happened: now, in-the-last-12-hours")]
    [InlineData("{ \"redFlags\": [ true ] }", "redFlags must be an object")]
    [InlineData("{ \"age\": -3 }", "age: Age must be a whole number from 10 to 110 years.")]
    [InlineData("{ \"age\": 30, \"age\": 31 }", "Duplicate property 'age'")]
    [InlineData("{ \"age\": 30, \"AGE\": 31 }", "the field 'AGE' appears twice")]
    [InlineData("{ \"painEntry\": { \"region\": \"lower-back\" } }", "painEntry needs a region and a side")]
    [InlineData("{ \"painEntry\": { \"region\": \"lower-back\", \"side\": \"left\", \"nextMorning\": 11 } }", "run from 0 to 10")]
    [InlineData("{ \"painEntry\": { \"region\": \"lower-back\", \"side\": \"left\", \"colour\": \"red\" } }", "painEntry has no field 'colour'")]
    public async Task Triage_BadFile_FailsWithOneLine(string json, string expected)
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();

        var (code, output, errors) = await cli.RunWithErrorsAsync("triage", "--input", files.Write(json), "--json");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        var line = Assert.Single(errors.TrimEnd().Split('\n'));
        Assert.StartsWith("harrier triage: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Harrier.Core", line, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Triage_ChestPainNowWithAnImpossibleAge_AnswersTheEmergencyThenSaysWhatToFix()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync();

        var (code, output, errors) = await cli.RunWithErrorsAsync("triage", "--input",
            files.Write("{ \"redFlags\": { \"chest-pain\": \"now\" }, \"age\": 200, \"hills\": \"steep\" }"));

        Assert.Equal(4, code);
        Assert.Contains("Warning signs: Get emergency help now", output, StringComparison.Ordinal);
        Assert.Contains("call an ambulance", output, StringComparison.OrdinalIgnoreCase);
        var line = Assert.Single(errors.TrimEnd().Split('\n'));
        Assert.Contains("still to fix:", line, StringComparison.Ordinal);
        Assert.Contains("age: Age must be a whole number from 10 to 110 years.", line, StringComparison.Ordinal);
        Assert.Contains("hills must be one of: none, some, lots.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Triage_MissingFile_FailsWithOneLine()
    {
        await using var cli = await CliRun.CreateAsync();

        var (code, _, errors) = await cli.RunWithErrorsAsync("triage", "--input", "/no/such/answers.json");

        Assert.Equal(1, code);
        Assert.Equal("harrier triage: no answers file at '/no/such/answers.json'.", errors.TrimEnd());
    }

    [Fact]
    public async Task Triage_UnknownUser_FailsWithOneLine()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync("ana@example.com");

        var (code, _) = await cli.RunAsync("triage", "--input", files.Write("{}"), "--user", "bob@example.com");

        Assert.Equal(1, code);
    }
}
