using Harrier.Core.Exercises;

namespace Harrier.Core.Tests.Exercises;

public sealed class ExerciseLibraryParseTests
{
    private const string Valid = """
        { "exercises": [ {
          "id": "toe-tap", "name": "Toe tap", "purpose": "Test.",
          "instructions": [ "Tap your toe." ],
          "dose": { "sets": 1, "reps": 5, "holdSeconds": null, "minutes": null, "eachSide": false, "frequency": "daily", "basis": "test" },
          "evidence": { "certainty": "low", "effect": "may-help", "summary": "Low evidence: test.",
            "claims": [ { "claim": "A claim.", "tag": "verified", "source": "Someone 2020" } ] },
          "safety": [ "Stop if it hurts." ], "picture": "toe-tap.svg" } ] }
        """;

    [Fact]
    public void Parse_ValidFile_ReadsIt()
    {
        var exercise = Assert.Single(ExerciseLibrary.Parse(Valid));

        Assert.Equal("toe-tap", exercise.Id);
        Assert.Equal(EvidenceCertainty.Low, exercise.Evidence.Certainty);
        Assert.Equal("A claim. [V] (Someone 2020)", exercise.Evidence.Claims[0].Text);
    }

    [Theory]
    [InlineData("\"picture\": \"toe-tap.svg\" }", "\"picture\": \"toe-tap.svg\", \"video\": \"x\" }", "video")]
    [InlineData("\"source\": \"Someone 2020\"", "\"source\": \"\"", "without text or source")]
    [InlineData("[ { \"claim\": \"A claim.\", \"tag\": \"verified\", \"source\": \"Someone 2020\" } ]", "[]", "sourced")]
    [InlineData("\"certainty\": \"low\", ", "", "certainty")]
    [InlineData("\"tag\": \"verified\"", "\"tag\": \"unverified\"", "as fact")]
    [InlineData("\"summary\": \"Low evidence: test.\"", "\"summary\": \"Works well.\"", "start with its grade")]
    [InlineData("\"toe-tap.svg\"", "\"toe.png\"", "picture")]
    [InlineData("\"Tap your toe.\"", "\"1. Tap your toe.\"", "unnumbered")]
    [InlineData("\"id\": \"toe-tap\"", "\"id\": \"Toe Tap\"", "kebab-case")]
    [InlineData("\"certainty\": \"low\"", "\"certainty\": \"great\"", "certainty")]
    [InlineData("\"safety\": [ \"Stop if it hurts.\" ]", "\"safety\": []", "safety")]
    [InlineData("\"sets\": 1", "\"sets\": 0", "positive")]
    public void Parse_BadData_IsRejectedWithAReason(string find, string replace, string reason)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => ExerciseLibrary.Parse(Valid.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_DuplicateIds_AreRejected()
    {
        var one = Valid.Trim()[16..^3];
        var error = Assert.Throws<FormatException>(() => ExerciseLibrary.Parse($$"""{ "exercises": [ {{one}}, {{one}} ] }"""));

        Assert.Contains("used 2 times", error.Message, StringComparison.Ordinal);
    }
}
