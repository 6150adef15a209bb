using System.Text.Json;
using Harrier.Core.Pain;
using Harrier.Core.Triage;

namespace Harrier.Core.Tests.Triage;

public sealed class TriageAnswersTests
{
    [Fact]
    public void Parse_DocumentedExample_ReadsEveryAnswer()
    {
        var answers = TriageAnswers.Parse("""
            {
              "region": "lower-back", "bodyMassKg": 84, "heightCm": 180, "runningMonths": 1, "firstWeekKilometers": 4.8,
              "weeklyKilometersNow": 13, "weeklyKilometersTwoWeeksAgo": 8, "recentLongerRun": false, "hills": "some",
              "painWorseOnHills": true, "newShoes": true, "changedShoeModel": true, "shoeKilometers": 40,
              "movedOutdoorsFromTreadmillOrElliptical": false, "startedGrassOrBarefoot": false, "hoursSittingPerDay": 9,
              "frontOfHipFeelsTight": true, "strengthSessionsPerWeek": 0, "leansForward": true, "watchesGround": true,
              "painSpreadsBelowKnee": true, "shootingOrBurningLegPain": false, "numbnessOrTingling": false
            }
            """);

        Assert.Equal(BodyRegion.LowerBack, answers.Region);
        Assert.Equal(HillExposure.Some, answers.Hills);
        Assert.Equal(9, answers.HoursSittingPerDay);
        Assert.True(answers.PainSpreadsBelowKnee);
    }

    [Theory]
    [InlineData("""{"hils":"some"}""")]
    [InlineData("""{"hills":"steep"}""")]
    [InlineData("""{"hills":2}""")]
    [InlineData("null")]
    public void Parse_BadInput_ThrowsJsonException(string json) => Assert.ThrowsAny<JsonException>(() => TriageAnswers.Parse(json));

    [Fact]
    public void Parse_Empty_MeansNothingAnswered()
    {
        var facts = TriageFacts.Of(TriageAnswers.Parse("{}"));

        Assert.Equal(["region"], facts.Keys);
    }

    [Fact]
    public void Of_MassAndHeight_DerivesBodyMassIndexAndProgression()
    {
        var facts = TriageFacts.Of(new TriageAnswers { BodyMassKg = 95, HeightCm = 175, WeeklyKilometersNow = 12, WeeklyKilometersTwoWeeksAgo = 8 });

        Assert.Equal(31.0, facts[TriageFacts.BodyMassIndex].GetDouble());
        Assert.Equal(50.0, facts[TriageFacts.WeeklyIncreasePercent].GetDouble());
    }
}
