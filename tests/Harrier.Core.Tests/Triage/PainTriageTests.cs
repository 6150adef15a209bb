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

    [Theory]
    [InlineData("chest-pain", "now", Urgency.Emergency)]
    [InlineData("chest-pain", "12-to-72-hours-ago", Urgency.Today)]
    [InlineData("saddle-numbness", "yes", Urgency.Emergency)]
    [InlineData("fever", "yes", Urgency.Today)]
    public void Decide_OpenSameDayFlagThenALaterCalmerCheck_StillSuspendsUntilSeen(string question, string answer, Urgency urgency)
    {
        var flagged = Screen(question, answer);
        var allNo = Later(AllNo(), hours: 5);
        var soon = Later(RedFlagAnswers.Yes("night-pain"), hours: 30);

        foreach (var screens in new[] { new[] { flagged, allNo }, [flagged, soon], [flagged, allNo, soon] })
        {
            var decision = PainTriage.Decide(PainSignals.None, screens, Day.AddDays(2));
            Assert.Equal(PainAction.Suspend, decision.Action);
            Assert.Equal(urgency, PastScreen.Counting(screens, Day.AddDays(2))!.Overall);
        }

        Assert.NotEqual(PainAction.Suspend, PainTriage.Decide(PainSignals.None, [flagged with { Cleared = true }, allNo], Day.AddDays(2)).Action);
    }

    [Fact]
    public void Decide_OpenSoonFlagThenALaterAllNoCheck_StillHolds() =>
        Assert.Equal(PainAction.Hold, PainTriage.Decide(PainSignals.None, [Screen("weight-loss", "yes"), Later(AllNo(), hours: 24)], Day.AddDays(1)).Action);

    [Fact]
    public void Assess_EarlierEmergencyThenAnAllNoCheckWithTheRequest_ShowsTheEmergencyNotAnAllClear()
    {
        var history = TriageHistory.Empty with { Screens = [Screen("chest-pain", "now")] };
        var allNo = RedFlagScreen.Evaluate(AllNo(), null, 30);

        var result = PainTriage.Assess(new TriageAnswers(), history, allNo, Day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Day.AddDays(1));

        Assert.True(result.StoppedAtFlag);
        Assert.Equal(Urgency.Emergency, result.Urgency);
        Assert.Equal("Get emergency help now", result.WarningSigns.Heading);
        var document = TriageDocument.From(result);
        Assert.Equal(Urgency.Emergency, document.WarningSigns.Urgency);
        Assert.Equal(PainAction.Suspend, document.Decision.Action);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Assess_NerveRootPatternInTheJournal_IsToWatchInTheHeadlineAndNeverRanked(bool checkedBefore)
    {
        var entry = new PainEntry(Day, Back) { SpreadsTo = [new BodySpot(BodyRegion.OuterLowerLeg, BodySide.Right)], Quality = PainQuality.Ache };
        var screens = checkedBefore ? new[] { PastScreen.Of(RedFlagScreen.Evaluate(AllNo(), null, 30), Day.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Day.AddDays(-1)) } : [];
        var history = TriageHistory.Empty with { Signals = new PainSignals([entry], [], [], []), Screens = screens };

        var result = PainTriage.Assess(ThreadRunner.Answers, history, null, Day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), Day);

        Assert.Contains("to watch: pain below the knee that may come from a nerve root", result.WarningSigns.Heading, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Ranked, r => r.Contributor.Refer);
        Assert.Contains(result.ToCheck, c => c.Id == "radicular-pattern");
        var document = TriageDocument.From(result);
        Assert.DoesNotContain(document.Contributors, c => c.Refer);
        Assert.Contains(document.ToCheck, c => c.Id == "radicular-pattern");
    }

    [Fact]
    public void Assess_NothingKnownAndNoPainEntry_DoesNotSayCarryOn()
    {
        var result = PainTriage.Assess(new TriageAnswers(), TriageHistory.Empty, null, Day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Day);

        Assert.True(result.Decision.NothingToGoOn);
        Assert.DoesNotContain("Carry on as planned", result.Decision.Reason, StringComparison.Ordinal);
        Assert.Equal("nothing recorded to go on yet", TriageDocument.From(result).Decision.Heading);
    }

    private static RedFlagAnswers AllNo() =>
        new(RedFlagRules.Questions.Where(q => q.AskIf is null).Select(q => KeyValuePair.Create(q.Id, RedFlagAnswer.No)));

    private static PastScreen Later(RedFlagAnswers answers, int hours)
    {
        var taken = Day.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc).AddHours(hours);
        return PastScreen.Of(RedFlagScreen.Evaluate(answers, null, 40), taken, DateOnly.FromDateTime(taken));
    }

    private static PastScreen Screen(string question, string answer)
    {
        var (answers, errors) = RedFlagAnswerParser.Parse([KeyValuePair.Create(question, (string?)answer)], RedFlagRules.Questions);
        Assert.Empty(errors);
        return PastScreen.Of(RedFlagScreen.Evaluate(answers!, null, 40), Day.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc), Day);
    }
}
