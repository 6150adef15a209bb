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
        Assert.StartsWith("You noted back or leg pain now: take the warning-signs check now", outcome.NextSteps[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AcsmSymptom.ChestDiscomfort)]
    [InlineData(AcsmSymptom.DizzinessOrFainting)]
    [InlineData(AcsmSymptom.Breathlessness)]
    public void Assess_SymptomTheWarningSignsCheckAsksAbout_SendsToTheCheckFirst(AcsmSymptom symptom)
    {
        var outcome = IntakeAssessment.Assess(ParQPlusTests.AllNo(), new ActivityHistory { Symptoms = [symptom] });

        Assert.True(outcome.ScreenNow);
        Assert.Contains(symptom.Words().ToLowerInvariant(), outcome.NextSteps[0], StringComparison.Ordinal);
        Assert.Contains("warning-signs check now, before any exercise", outcome.NextSteps[0], StringComparison.Ordinal);
        Assert.False(outcome.MayStart);
    }

    [Theory]
    [InlineData("chest-pain")]
    [InlineData("dizziness")]
    public void Assess_ParQChestPainOrDizziness_IsAnAcsmSymptomAndSendsToTheCheck(string question)
    {
        var parQ = FollowUpsAllNo(question);

        var outcome = IntakeAssessment.Assess(parQ, new ActivityHistory());

        Assert.Equal(AcsmRecommendation.ClearanceRecommended, outcome.Acsm);
        Assert.Equal(IntakeVerdict.MedicalClearance, outcome.Verdict);
        Assert.True(outcome.ScreenNow);
    }

    [Theory]
    [InlineData("heart", false, ExerciseIntensity.Moderate, AcsmRecommendation.ClearanceRecommended)]
    [InlineData("metabolic", false, ExerciseIntensity.Moderate, AcsmRecommendation.ClearanceRecommended)]
    [InlineData("heart", true, ExerciseIntensity.Vigorous, AcsmRecommendation.ClearanceBeforeVigorous)]
    [InlineData("blood-pressure", false, ExerciseIntensity.Moderate, AcsmRecommendation.NotNecessaryStartLight)]
    public void Assess_ParQHeartOrMetabolicCondition_IsAcsmKnownDisease(string followUp, bool regular, ExerciseIntensity intensity, AcsmRecommendation expected)
    {
        var parQ = FollowUpsAllNo("heart-condition");
        parQ[followUp] = true;
        foreach (var q in ParQForm.Shipped.FollowUps.Single(f => f.Id == followUp).Questions)
        {
            parQ[q.Id] = false;
        }

        var outcome = IntakeAssessment.Assess(parQ, new ActivityHistory { RegularExerciser = regular, TargetIntensity = intensity });

        Assert.Equal(expected, outcome.Acsm);
        Assert.True(outcome.Verdict >= IntakeAssessmentVerdictOf(expected));
    }

    [Fact]
    public void Assess_SeeAProfessionalFirst_NoStepSaysStartBeforeThat()
    {
        var parQ = FollowUpsAllNo("bone-joint-problem");
        parQ["arthritis-back"] = true;
        foreach (var q in ParQForm.Shipped.FollowUps.Single(f => f.Id == "arthritis-back").Questions)
        {
            parQ[q.Id] = q.Id == "arthritis-back-fracture";
        }

        var outcome = IntakeAssessment.Assess(parQ, new ActivityHistory());

        Assert.Equal(IntakeVerdict.SeeProfessional, outcome.Verdict);
        Assert.DoesNotContain(outcome.NextSteps, s => s.StartsWith("Start", StringComparison.Ordinal));
        Assert.Contains(outcome.NextSteps, s => s.StartsWith("After that: start with light", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_CheckTakenSinceTheIntake_NoLongerSaysTakeItNext()
    {
        var outcome = IntakeAssessment.Assess(ParQPlusTests.AllNo(), new ActivityHistory { CurrentBackOrLegPain = true }, new DateOnly(2027, 1, 5));

        Assert.False(outcome.ScreenNow);
        Assert.DoesNotContain(outcome.NextSteps, s => s.Contains("check now", StringComparison.Ordinal));
        Assert.Contains("you took the warning-signs check on 5 Jan 2027", outcome.NextSteps[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("age", 5)]
    [InlineData("age", 200)]
    [InlineData("hoursSittingPerDay", 30)]
    [InlineData("bodyMassKg", -5)]
    [InlineData("heightCm", 20)]
    [InlineData("strengthSessionsPerWeek", 40)]
    [InlineData("runningMinutesPerWeek", 5000)]
    public void Problems_OutOfBounds_KeptAsTypedWithAPlainError(string field, double value)
    {
        var history = field switch
        {
            "age" => new ActivityHistory { Age = (int)value },
            "hoursSittingPerDay" => new ActivityHistory { HoursSittingPerDay = value },
            "bodyMassKg" => new ActivityHistory { BodyMassKg = value },
            "heightCm" => new ActivityHistory { HeightCm = value },
            "strengthSessionsPerWeek" => new ActivityHistory { StrengthSessionsPerWeek = (int)value },
            _ => new ActivityHistory { RunningMinutesPerWeek = (int)value },
        };

        var problem = Assert.Single(history.Problems());

        Assert.Equal(field, problem.Key);
        Assert.Contains(" must be ", problem.Value, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => IntakeAssessment.Assess(ParQPlusTests.AllNo(), history));
    }

    private static IntakeVerdict IntakeAssessmentVerdictOf(AcsmRecommendation recommendation) => recommendation switch
    {
        AcsmRecommendation.ClearanceRecommended => IntakeVerdict.MedicalClearance,
        AcsmRecommendation.ClearanceBeforeVigorous => IntakeVerdict.ClearanceBeforeVigorous,
        _ => IntakeVerdict.Cleared,
    };

    private static Dictionary<string, bool> FollowUpsAllNo(string pageOneYes)
    {
        var answers = ParQPlusTests.AllNo();
        answers[pageOneYes] = true;
        foreach (var f in ParQForm.Shipped.FollowUps)
        {
            answers[f.Id] = false;
        }

        return answers;
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
