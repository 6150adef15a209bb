using System.Text.Json;
using Harrier.Core.Evidence;
using Harrier.Core.Pain;
using Harrier.Core.Triage;

namespace Harrier.Core.Tests.Triage;

public sealed class PainRulesTests
{
    private static readonly string[] LibraryIds =
        ["warm-up", "hip-flexor-stretch", "calf-stretch-gastrocnemius", "calf-stretch-soleus", "foam-rolling", "glute-bridge",
            "back-extension", "reverse-hyper", "step-rate"];

    [Theory]
    [InlineData("load-spike", LogProbe.Load, EvidenceGrade.Verified)]
    [InlineData("hills", LogProbe.Climb, EvidenceGrade.Unverified)]
    [InlineData("shoes", LogProbe.Shoes, EvidenceGrade.Verified)]
    [InlineData("surface-change", LogProbe.Surface, EvidenceGrade.Unverified)]
    [InlineData("body-mass-early-volume", LogProbe.None, EvidenceGrade.Verified)]
    [InlineData("low-cadence", LogProbe.Cadence, EvidenceGrade.Verified)]
    [InlineData("strength-deficit", LogProbe.None, EvidenceGrade.Verified)]
    [InlineData("hip-extension-sitting", LogProbe.None, EvidenceGrade.Verified)]
    [InlineData("posture-cues", LogProbe.None, EvidenceGrade.Verified)]
    [InlineData("radicular-pattern", LogProbe.None, EvidenceGrade.Verified)]
    public void All_LowerBack_HasRule(string id, LogProbe probe, EvidenceGrade grade)
    {
        var rule = Assert.Single(PainRules.For(BodyRegion.LowerBack), r => r.Id == id);

        Assert.Equal(probe, rule.Log);
        Assert.Equal(grade, rule.Grade);
        Assert.DoesNotContain("EVIDENCE", rule.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("§", rule.Source, StringComparison.Ordinal);
        Assert.StartsWith("§", rule.Evidence, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(rule.Strength));
    }

    [Theory]
    [InlineData("hip-extension-sitting", "(low evidence)")]
    [InlineData("posture-cues", "(very low evidence)")]
    [InlineData("hills", "(not researched)")]
    [InlineData("surface-change", "(not researched)")]
    [InlineData("shoes", "(little research)")]
    public void All_WeakEvidence_IsLabelledInTheTitle(string id, string label) =>
        Assert.EndsWith(label, PainRules.All.Single(r => r.Id == id).Title, StringComparison.Ordinal);

    [Fact]
    public void All_Actions_UseExerciseLibraryIds() =>
        Assert.All(PainRules.All.SelectMany(r => r.Actions), a => Assert.Contains(a.Exercise, LibraryIds));

    [Fact]
    public void All_RadicularPattern_RefersWithoutExercises()
    {
        var rule = PainRules.All.Single(r => r.Refer);

        Assert.Equal("radicular-pattern", rule.Id);
        Assert.Empty(rule.Actions);
        Assert.Contains("warning-signs", rule.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"rules":[{"id":"x","regions":[],"title":"t","grade":"verified","source":"s","strength":"s","cues":[],"log":"none","actions":[],"advice":"a"}]}""")]
    [InlineData("""{"rules":[{"id":"x","regions":["lower-back"],"title":"t","grade":"verified","source":"s","strength":"s","cues":[{"when":[{"answer":"shoeSize","atLeast":1}],"points":1,"says":"s"}],"log":"none","actions":[],"advice":"a"}]}""")]
    [InlineData("""{"rules":[{"id":"x","regions":["lower-back"],"title":"t","grade":"verified","source":"s","strength":"s","cues":[],"log":"none","actions":[]}]}""")]
    public void Parse_MalformedRule_Throws(string json) => Assert.Throws<FormatException>(() => PainRules.Parse(json));

    [Theory]
    [InlineData("hoursSittingPerDay", 8.0, 6.0, null, null, true)]
    [InlineData("hoursSittingPerDay", 5.5, 6.0, null, null, false)]
    [InlineData("bodyMassIndex", 30.0, null, null, 30.0, false)]
    [InlineData("bodyMassIndex", 30.1, null, null, 30.0, true)]
    [InlineData("strengthSessionsPerWeek", 0.0, null, 0.0, null, true)]
    [InlineData("heightCm", 170.0, 100.0, null, null, false)]
    public void Holds_NumericBounds(string answer, double value, double? atLeast, double? atMost, double? above, bool expected)
    {
        var facts = new Dictionary<string, JsonElement> { [answer == "heightCm" ? "other" : answer] = JsonSerializer.SerializeToElement(value) };

        Assert.Equal(expected, new AnswerCondition(answer, AtLeast: atLeast, AtMost: atMost, Above: above).Holds(facts));
    }

    [Fact]
    public void Holds_EqualsString_ComparesJsonValues()
    {
        var facts = TriageFacts.Of(new TriageAnswers { Hills = HillExposure.Lots });

        Assert.True(new AnswerCondition("hills", Is: JsonSerializer.SerializeToElement("lots")).Holds(facts));
        Assert.False(new AnswerCondition("hills", Is: JsonSerializer.SerializeToElement("some")).Holds(facts));
    }
}
