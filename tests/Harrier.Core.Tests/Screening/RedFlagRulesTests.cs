using Harrier.Core.Evidence;
using Harrier.Core.Screening;

namespace Harrier.Core.Tests.Screening;

public sealed class RedFlagRulesTests
{
    private const string Valid = """
        [{ "id": "x", "label": "x", "urgency": "soon", "questionId": "x", "question": "X?", "action": "This may matter.",
           "tellClinician": "X.", "source": "NICE NG59", "grade": "secondary" }]
        """;

    [Fact]
    public void All_LoadsEmbeddedTable_WithEveryUrgencyAndPattern()
    {
        var rules = RedFlagRules.All;

        Assert.True(rules.Count >= 25);
        Assert.Equal(Enum.GetValues<Urgency>().Order(), rules.Select(r => r.Urgency).Distinct().Order());
        Assert.Equal(Enum.GetValues<PainPattern>().Order(), rules.Where(r => r.Pattern is not null).Select(r => r.Pattern!.Value).Order());
    }

    [Fact]
    public void All_EveryRule_HasSourceAndVerifiedOrSecondaryGrade()
    {
        Assert.All(RedFlagRules.All, r =>
        {
            Assert.DoesNotContain("EVIDENCE", r.Source, StringComparison.Ordinal);
            Assert.DoesNotContain("§", r.Source, StringComparison.Ordinal);
            Assert.StartsWith("§", r.Evidence, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(r.Label));
            Assert.NotEqual(EvidenceGrade.Unverified, r.Grade);
            Assert.False(string.IsNullOrWhiteSpace(r.TellClinician));
        });
    }

    [Fact]
    public void All_Wording_NeverDiagnoses()
    {
        Assert.All(RedFlagRules.All, r =>
        {
            Assert.Contains(" may ", r.Action, StringComparison.Ordinal);
            Assert.DoesNotContain("you have ", r.Action, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("diagnos", r.Action, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("cauda equina", r.Action, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void All_AskingOrder_PutsEmergencyQuestionsFirst()
    {
        var asked = RedFlagRules.All.Where(r => r.QuestionId is not null).ToList();
        var firstNonEmergency = asked.FindIndex(r => r.Urgency != Urgency.Emergency);

        Assert.All(asked.Skip(firstNonEmergency), r => Assert.NotEqual(Urgency.Emergency, r.Urgency));
    }

    [Fact]
    public void Questions_SharedAgeQuestion_AskedOnceAndNeedsAge()
    {
        var question = Assert.Single(RedFlagRules.Questions, q => q.Id == "new-back-pain");

        Assert.True(question.NeedsAge);
        Assert.False(Assert.Single(RedFlagRules.Questions, q => q.Id == "not-improving").NeedsAge);
        Assert.Equal(RedFlagRules.Questions.Count, RedFlagRules.Questions.Select(q => q.Id).Distinct().Count());
    }

    [Fact]
    public void Get_KnownAndUnknownIds()
    {
        Assert.Equal(Urgency.Emergency, RedFlagRules.Get("saddle-numbness").Urgency);
        Assert.Throws<ArgumentException>(() => RedFlagRules.Get("nope"));
    }

    [Fact]
    public void Parse_ValidTable_EvaluatesWithSameEngine()
    {
        var rules = RedFlagRules.Parse(Valid);

        var result = RedFlagScreen.Evaluate(rules, RedFlagAnswers.Yes("x"), null, null);

        Assert.Equal("x", Assert.Single(result.Triggered).Id);
        Assert.Equal(Urgency.Soon, result.Overall);
        Assert.False(result.AgeMissing);
    }

    [Theory]
    [InlineData("\"grade\": \"secondary\"", "\"grade\": \"unverified\"")] // [U] claims are never encoded as fact
    [InlineData("\"questionId\": \"x\", ", "")] // wording without an id
    [InlineData("\"questionId\": \"x\", \"question\": \"X?\", ", "")] // no trigger
    [InlineData("\"source\": \"NICE NG59\"", "\"source\": \" \"")]
    [InlineData("\"label\": \"x\", ", "")] // no label for runners
    [InlineData("\"questionId\": \"x\", \"question\": \"X?\", ", "\"requires\": { \"any\": [\"nope\"] }, ")] // combines an unknown rule
    [InlineData("\"grade\": \"secondary\"", "\"grade\": \"secondary\", \"when\": []")] // timings without any time
    [InlineData("\"urgency\": \"soon\"", "\"urgency\": \"urgent\"")]
    [InlineData("\"id\": \"x\"", "\"id\": \"x\", \"colour\": \"red\"")] // unknown property
    [InlineData("\"urgency\": \"soon\",", "\"urgency\": \"soon\", \"minAge\": 60, \"maxAge\": 20,")]
    public void Parse_BadRow_Refused(string find, string replace) =>
        Assert.Throws<FormatException>(() => RedFlagRules.Parse(Valid.Replace(find, replace, StringComparison.Ordinal)));

    [Fact]
    public void Parse_DuplicateIdOrClashingWording_Refused()
    {
        var row = Valid.Trim().TrimStart('[').TrimEnd(']');
        var clash = row.Replace("\"id\": \"x\"", "\"id\": \"y\"", StringComparison.Ordinal).Replace("X?", "Y?", StringComparison.Ordinal);

        Assert.Throws<FormatException>(() => RedFlagRules.Parse($"[{row},{row}]"));
        Assert.Throws<FormatException>(() => RedFlagRules.Parse($"[{row},{clash}]"));
    }
}
