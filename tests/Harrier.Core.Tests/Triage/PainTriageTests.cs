using Harrier.Core.Evidence;
using Harrier.Core.Pain;
using Harrier.Core.Screening;
using Harrier.Core.Triage;

namespace Harrier.Core.Tests.Triage;

/// <summary>The one decision: warning signs first, with their own basis, then unscreened new symptoms, then the pain model.</summary>
public sealed class PainTriageTests
{
    private static readonly DateOnly Day = new(2027, 1, 4);
    private static readonly BodySpot Back = new(BodyRegion.LowerBack, BodySide.Right);

    [Fact]
    public void Decide_OpenSameDayFlag_SuspendsOnTheFlagsOwnBasis()
    {
        var screen = Screen("chest-pain", "12-to-72-hours-ago");

        var decision = PainTriage.Decide(PainSignals.None, [screen], Day);

        Assert.Equal(PainAction.Suspend, decision.Action);
        Assert.Equal("Warning sign: chest, arm, neck or jaw pain (12 to 72 hours ago)", decision.Basis.Name);
        Assert.Contains("NICE CG95", decision.Basis.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("Silbernagel", decision.Basis.Text, StringComparison.Ordinal);
        Assert.Contains("needs a clinician today", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_ClearedFlag_NoLongerSuspends() =>
        Assert.Equal(PainAction.Progress, PainTriage.Decide(PainSignals.None, [Screen("fever", "yes") with { Cleared = true }], Day).Action);

    [Fact]
    public void Decide_OpenSoonFlag_HoldsAtLeastOnItsBasis()
    {
        var decision = PainTriage.Decide(PainSignals.None, [Screen("cancer-history", "yes")], Day);

        Assert.Equal(PainAction.Hold, decision.Action);
        Assert.Equal("Warning sign: a history of cancer", decision.Basis.Name);
    }

    [Fact]
    public void Decide_OpenSoonFlagAndPainAboveFive_ThePainModelsReduceStands()
    {
        var signals = new PainSignals([new PainEntry(Day, Back) { DuringRun = 7 }], [], [], []);

        var decision = PainTriage.Decide(signals, [Screen("cancer-history", "yes")], Day);

        Assert.Equal(PainAction.Reduce, decision.Action);
        Assert.Same(DecisionBasis.PainMonitoringModel, decision.Basis);
    }

    [Fact]
    public void Decide_SomethingNewAtTheCheckInNotYetScreened_HoldsUntilTheCheck()
    {
        var signals = new PainSignals([], [new MorningCheckIn(Day, 2, SomethingNew: true)], [], []);

        var before = PainTriage.Decide(signals, [], Day);
        var after = PainTriage.Decide(signals, [Screen("fever", "no")], Day);

        Assert.Equal(PainAction.Hold, before.Action);
        Assert.Same(DecisionBasis.NewSymptomCheck, before.Basis);
        Assert.Contains("warning-signs check", before.Reason, StringComparison.Ordinal);
        Assert.NotEqual("new-symptom-unscreened", after.Rule);
    }

    [Fact]
    public void Decide_NervePatternEntryNotScreened_HoldsAndSaysWhereInPlainWords()
    {
        var entry = new PainEntry(Day, Back) { SpreadsTo = [new BodySpot(BodyRegion.OuterLowerLeg, BodySide.Right)], Quality = PainQuality.Ache };

        var decision = PainTriage.Decide(new PainSignals([entry], [], [], []), [], Day);

        Assert.Equal("nerve-pattern-unscreened", decision.Rule);
        Assert.Contains("right lower back spreading to the right outer lower leg", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_EmergencyInTheRequest_StopsAtTheFlagWithNoContributors()
    {
        var screen = RedFlagScreen.Evaluate(RedFlagAnswers.Yes("saddle-numbness"), null, 30);

        var result = PainTriage.Assess(ThreadRunner.Answers, TriageHistory.Empty, screen, Day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Day);

        Assert.True(result.StoppedAtFlag);
        Assert.Equal(Urgency.Emergency, result.Urgency);
        Assert.Empty(result.Ranked);
        Assert.Empty(result.NeedData);
        Assert.Equal("Get emergency help now", result.WarningSigns.Heading);
    }

    [Fact]
    public void Assess_NoScreenAtAll_SaysNotScreened()
    {
        var result = PainTriage.Assess(new TriageAnswers(), TriageHistory.Empty, null, Day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Day);

        Assert.Equal("Not screened", result.WarningSigns.Heading);
        Assert.Equal(EvidenceGrade.Secondary, result.Decision.Basis.Grade);
    }

    private static PastScreen Screen(string question, string answer)
    {
        var (answers, errors) = RedFlagAnswerParser.Parse([KeyValuePair.Create(question, (string?)answer)], RedFlagRules.Questions);
        Assert.Empty(errors);
        return PastScreen.Of(RedFlagScreen.Evaluate(answers!, null, 40), Day.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc), Day);
    }
}
