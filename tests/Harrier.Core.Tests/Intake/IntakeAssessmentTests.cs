using Harrier.Core.Intake;

namespace Harrier.Core.Tests.Intake;

/// <summary>The combined intake verdict, its words and next steps, and how long an intake is valid.</summary>
public sealed class IntakeAssessmentTests
{
    [Fact]
    public void Assess_NoviceAllNo_ClearedToStartLight()
    {
        var outcome = IntakeAssessment.Assess(ParQPlusTests.AllNo(), new ActivityHistory());

        Assert.Equal(IntakeVerdict.Cleared, outcome.Verdict);
        Assert.True(outcome.MayStart);
        Assert.Contains(outcome.NextSteps, s => s.Contains("Couch to 5K", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_ActiveWithKnownDiseaseHeadingForVigorous_ClearanceBeforeVigorous()
    {
        var outcome = IntakeAssessment.Assess(ParQPlusTests.AllNo(),
            new ActivityHistory { RegularExerciser = true, KnownDisease = true, TargetIntensity = ExerciseIntensity.Vigorous });

        Assert.Equal(IntakeVerdict.ClearanceBeforeVigorous, outcome.Verdict);
        Assert.Equal("Fine for moderate running; medical clearance recommended before vigorous running", outcome.Headline);
    }

    [Fact]
    public void Assess_SymptomsWhileActive_StopAndSeekClearanceWinsOverAClearParQ()
    {
        var outcome = IntakeAssessment.Assess(ParQPlusTests.AllNo(),
            new ActivityHistory { RegularExerciser = true, Symptoms = [AcsmSymptom.ChestDiscomfort] });

        Assert.Equal(IntakeVerdict.StopAndSeekClearance, outcome.Verdict);
        Assert.False(outcome.MayStart);
    }

    [Fact]
    public void Assess_BackPainNow_SendsToTheWarningSignsCheck()
    {
        var outcome = IntakeAssessment.Assess(ParQPlusTests.AllNo(), new ActivityHistory { CurrentBackOrLegPain = true });

        Assert.True(outcome.ScreenNow);
        Assert.StartsWith("You have back or leg pain now", outcome.NextSteps[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_Over45NotUsedToHardExercise_AdvisesAProfessionalBeforeRunningHard() =>
        Assert.Contains(IntakeAssessment.Assess(ParQPlusTests.AllNo(), new ActivityHistory { Age = 52 }).NextSteps,
            s => s.Contains("Over 45", StringComparison.Ordinal));

    [Theory]
    [InlineData(null, null, "2027-01-10", false)]
    [InlineData("2026-03-01", null, "2027-01-10", true)]
    [InlineData("2026-03-01", null, "2027-02-28", true)]
    [InlineData("2026-03-01", null, "2027-03-01", false)]
    [InlineData("2026-03-01", "2026-06-01", "2026-06-02", false)]
    [InlineData("2026-03-01", "2026-02-01", "2026-06-02", true)]
    public void Status_ValidForTwelveMonthsAndDueAgainAfterAWarningSign(string? taken, string? flagged, string today, bool valid)
    {
        var status = IntakeStatus.Of(Day(taken), Day(flagged), Day(today)!.Value);

        Assert.Equal(valid, status.IsValid);
        Assert.False(string.IsNullOrWhiteSpace(status.Reason));
    }

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
