using Harrier.Core.Screening;
using Harrier.Core.Triage;

namespace Harrier.Core.Tests.Triage;

/// <summary>One reader for the API's body and the CLI's file: impossible values are refused and every error is in plain words.</summary>
public sealed class TriageInputTests
{
    private static readonly DateOnly Today = new(2027, 1, 4);

    [Theory]
    [InlineData("""{ "hoursSittingPerDay": 40 }""", "hoursSittingPerDay", "Hours sitting a day must be from 0 to 24.")]
    [InlineData("""{ "bodyMassKg": -5 }""", "bodyMassKg", "Body mass must be from 25 to 300 kg.")]
    [InlineData("""{ "heightCm": 2000 }""", "heightCm", "Height must be from 100 to 250 cm.")]
    [InlineData("""{ "strengthSessionsPerWeek": 30 }""", "strengthSessionsPerWeek", "Strength sessions a week must be a whole number from 0 to 14.")]
    [InlineData("""{ "weeklyKilometersNow": -1 }""", "weeklyKilometersNow", "Kilometres in the last 7 days must be from 0 to 500 km.")]
    public void Parse_ImpossibleNumber_IsRefusedAndNeverUsedAsAnAnswer(string json, string field, string message)
    {
        var (input, error) = TriageInput.Parse(json, Today);

        Assert.Null(error);
        Assert.Equal(message, input!.Problems[field]);
        Assert.False(input.Stands(Today));
        Assert.DoesNotContain(TriageFacts.Of(input.Answers).Keys, k => k == field);
    }

    [Theory]
    [InlineData("""{ "hills": "steep" }""", "hills", "hills must be one of: none, some, lots.")]
    [InlineData("""{ "hills": 2 }""", "hills", "hills must be one of: none, some, lots.")]
    [InlineData("""{ "leansForward": "sometimes" }""", "leansForward", "leansForward must be true or false.")]
    [InlineData("""{ "runningMonths": "six" }""", "runningMonths", "runningMonths must be a whole number.")]
    [InlineData("""{ "bodyMassKg": "heavy" }""", "bodyMassKg", "bodyMassKg must be a number.")]
    [InlineData("""{ "region": "neck" }""", "region", "region must be one of: lower-back, buttock, hip, groin, thigh, knee, shin, outer-lower-leg, calf, achilles, ankle, foot.")]
    [InlineData("""{ "painEntry": { "region": "knees", "side": "left" } }""", "painEntry.region", "painEntry.region must be one of: lower-back,")]
    [InlineData("""{ "painEntry": { "region": "knee", "side": "left", "quality": ["stabbing"] } }""", "painEntry.quality[0]", "painEntry.quality[0] must be one of: ache, sharp,")]
    [InlineData("""{ "painEntry": "sore" }""", "painEntry", "painEntry must be an object")]
    [InlineData("""{ "age": "forty" }""", "age", "Age must be a whole number from 10 to 110 years.")]
    public void Parse_WrongTypeOrOptionName_IsAPlainSentenceWithoutDotNetNames(string json, string field, string message)
    {
        var (input, _) = TriageInput.Parse(json, Today);

        Assert.StartsWith(message, input!.Problems[field], StringComparison.Ordinal);
        Assert.All(input.Problems.Values, m => Assert.DoesNotMatch(@"System\.|Harrier\.|`1|LineNumber|BytePosition|\$\.", m));
    }

    [Fact]
    public void Parse_SeveralWrongFields_ReportsEachAndKeepsTheRest()
    {
        var (input, _) = TriageInput.Parse("""{ "hills": "steep", "hoursSittingPerDay": 40, "leansForward": "x", "newShoes": true }""", Today);

        Assert.Equal(["hills", "hoursSittingPerDay", "leansForward"], input!.Problems.Keys.Order(StringComparer.Ordinal));
        Assert.True(input.Answers.NewShoes);
    }

    [Theory]
    [InlineData("""{ "redFlags": { "chest-pain": "now" }, "age": 200 }""", Urgency.Emergency)]
    [InlineData("""{ "redFlags": { "chest-pain": "now", "fever": "maybe" }, "hills": "steep" }""", Urgency.Emergency)]
    [InlineData("""{ "redFlags": { "fever": "yes" }, "hoursSittingPerDay": 40 }""", Urgency.Today)]
    public void Parse_UrgentWarningSignWithOtherMistakes_StandsSoTheFlagIsShownAtOnce(string json, Urgency urgency)
    {
        var (input, _) = TriageInput.Parse(json, Today);

        Assert.NotEmpty(input!.Problems);
        Assert.True(input.Stands(Today));
        Assert.Equal(urgency, input.Screen(Today).Overall);
    }
}
