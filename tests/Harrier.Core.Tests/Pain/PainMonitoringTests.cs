using Harrier.Core.Pain;

namespace Harrier.Core.Tests.Pain;

/// <summary>The pain-monitoring model of EVIDENCE §3, from every kind of signal, including the current entry alone.</summary>
public sealed class PainMonitoringTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);
    private static readonly BodySpot Back = new(BodyRegion.LowerBack, BodySide.Right);

    [Fact]
    public void Decide_DuringAboveFiveInTheCurrentEntryAlone_StopsAndReduces()
    {
        var signals = Signals(entries: [new PainEntry(Monday, Back) { DuringRun = 7 }]);

        var decision = PainMonitoring.Decide(signals, Monday);

        Assert.Equal(PainAction.Reduce, decision.Action);
        Assert.Equal("during-above-5", decision.Rule);
        Assert.Contains("7/10", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("Stop a run when pain goes past 5", decision.Reason, StringComparison.Ordinal);
        Assert.Same(DecisionBasis.PainMonitoringModel, decision.Basis);
        Assert.Equal(Monday, decision.About);
    }

    [Fact]
    public void Decide_ItHurtSevenDuringTheSession_Reduces()
    {
        var decision = PainMonitoring.Decide(Signals(sessions: [new SessionPain(Monday, 7)]), Monday);

        Assert.Equal(PainAction.Reduce, decision.Action);
    }

    [Fact]
    public void Decide_LowDuringGoneNextMorningStableThreeWeeks_Progresses()
    {
        var entries = Enumerable.Range(0, 9).Select(i => new PainEntry(Monday.AddDays(i * 2 + i / 3), Back) { DuringRun = 2 }).ToArray();
        var mornings = entries.Select(e => new MorningCheckIn(e.Day.AddDays(1), 0)).ToArray();
        var today = entries[^1].Day.AddDays(1);

        var decision = PainMonitoring.Decide(Signals(entries, mornings), today);

        Assert.Equal(PainAction.Progress, decision.Action);
        Assert.Equal("settled", decision.Rule);
    }

    [Fact]
    public void Decide_NextMorningRisingWeekOnWeek_GivesAnEasierWeek()
    {
        // One run a week; the morning after, 1, 2, 3 and 4 out of 10.
        var runs = Enumerable.Range(0, 4).Select(i => Monday.AddDays(7 * i)).ToArray();
        var mornings = runs.Select((d, i) => new MorningCheckIn(d.AddDays(1), i + 1)).ToArray();

        var decision = PainMonitoring.Decide(Signals(checkIns: mornings, runDays: runs), runs[^1].AddDays(1));

        Assert.Equal(PainAction.Deload, decision.Action);
        Assert.Contains("an average of 3 the week before, 4 this week", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1, PainAction.Repeat)]
    [InlineData(0, 3, PainAction.Reduce)]
    [InlineData(2, 2, PainAction.Progress)]
    [InlineData(2, 3, PainAction.Repeat)]
    [InlineData(5, 6, PainAction.Reduce)]
    [InlineData(3, 1, PainAction.Progress)]
    public void Decide_NextMorningAgainstTheMorningBeforeTheRun(int before, int after, PainAction expected)
    {
        var checkIns = new[] { new MorningCheckIn(Monday, before), new MorningCheckIn(Monday.AddDays(1), after) };

        var decision = PainMonitoring.Decide(Signals(entries: [new PainEntry(Monday, Back) { DuringRun = 2 }], checkIns: checkIns), Monday.AddDays(1));

        Assert.Equal(expected, decision.Action);
    }

    [Fact]
    public void Decide_NoMorningYetAfterPainDuring_HoldsUntilTheMorning()
    {
        var decision = PainMonitoring.Decide(Signals(entries: [new PainEntry(Monday, Back) { DuringRun = 3 }]), Monday);

        Assert.Equal(PainAction.Hold, decision.Action);
        Assert.Equal("no-morning-yet", decision.Rule);
    }

    [Fact]
    public void Decide_NextMorningWrittenInTheEntry_CountsLikeACheckIn()
    {
        var decision = PainMonitoring.Decide(Signals(entries: [new PainEntry(Monday, Back) { DuringRun = 2, NextMorning = 3 }]), Monday.AddDays(1));

        Assert.Equal(PainAction.Reduce, decision.Action);
    }

    [Fact]
    public void Decide_PainOnlyLongAgo_NoPainRecordedProgresses()
    {
        var decision = PainMonitoring.Decide(Signals(entries: [new PainEntry(Monday, Back) { DuringRun = 8 }], runDays: [Monday.AddDays(20)]),
            Monday.AddDays(21));

        Assert.Equal(PainAction.Progress, decision.Action);
        Assert.Equal("no-pain-recorded", decision.Rule);
    }

    [Theory]
    [InlineData(3, 0, PainAction.Progress, "settled")]
    [InlineData(3, 1, PainAction.Hold, "morning-no-baseline")]
    [InlineData(4, 4, PainAction.Hold, "morning-no-baseline")]
    [InlineData(2, 3, PainAction.Reduce, "morning-rose-no-baseline")]
    [InlineData(5, 6, PainAction.Reduce, "morning-high-no-baseline")]
    public void Decide_NextMorningWithNoMorningBeforeTheRun_NeverInventsAUsualLevel(int during, int morning, PainAction expected, string rule)
    {
        var decision = PainMonitoring.Decide(Signals(entries: [new PainEntry(Monday, Back) { DuringRun = during, NextMorning = morning }]), Monday.AddDays(1));

        Assert.Equal(expected, decision.Action);
        Assert.Equal(rule, decision.Rule);
        Assert.DoesNotContain("usual 0/10", decision.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("back to your usual level", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_MorningOneAfterARunWithoutEarlierMornings_SaysTheBaselineIsUnknown()
    {
        var decision = PainMonitoring.Decide(
            Signals(entries: [new PainEntry(Monday, Back) { AfterRun = 2 }], checkIns: [new MorningCheckIn(Monday.AddDays(1), 1)]), Monday.AddDays(1));

        Assert.Equal(PainAction.Hold, decision.Action);
        Assert.Contains("no morning score from before that run", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NothingRecordedAtAll_SaysSoInsteadOfCarryOn()
    {
        var decision = PainMonitoring.Decide(PainSignals.None, Monday);

        Assert.Equal(PainMonitoring.NothingRecordedRule, decision.Rule);
        Assert.True(decision.NothingToGoOn);
        Assert.Equal("nothing recorded to go on yet", decision.Heading);
        Assert.DoesNotContain("Carry on", decision.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("No pain was recorded around your runs", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_OnlyARunLongAgo_HasNothingToGoOn() =>
        Assert.True(PainMonitoring.Decide(Signals(runDays: [Monday.AddDays(-30)]), Monday).NothingToGoOn);

    [Fact]
    public void Decide_RecentRunsWithoutPain_SaysNoPainWasRecorded()
    {
        var decision = PainMonitoring.Decide(Signals(runDays: [Monday.AddDays(-2)]), Monday);

        Assert.Equal("no-pain-recorded", decision.Rule);
        Assert.False(decision.NothingToGoOn);
        Assert.Equal("carry on as planned", decision.Heading);
    }

    [Fact]
    public void Observations_EntryAndNextMorningCheckIn_BecomeOneObservationWithItsBaseline()
    {
        var signals = Signals([new PainEntry(Monday, Back) { DuringRun = 3 }],
            [new MorningCheckIn(Monday.AddDays(-2), 1), new MorningCheckIn(Monday.AddDays(1), 2)]);

        var observation = Assert.Single(signals.Observations(Monday.AddDays(1)));

        Assert.Equal(new PainObservation(Monday, 3, null, 2, 1), observation);
    }

    [Fact]
    public void Observations_NoMorningBeforeTheRun_BaselineIsUnknownNotZero() =>
        Assert.Null(Assert.Single(Signals([new PainEntry(Monday, Back) { DuringRun = 3 }]).Observations(Monday)).Baseline);

    [Fact]
    public void Observations_NextMorningOfToday_IsNotKnownYet()
    {
        var signals = Signals([new PainEntry(Monday, Back) { DuringRun = 3 }], [new MorningCheckIn(Monday.AddDays(1), 2)]);

        Assert.Null(Assert.Single(signals.Observations(Monday)).NextMorning);
    }

    private static PainSignals Signals(
        PainEntry[]? entries = null, MorningCheckIn[]? checkIns = null, SessionPain[]? sessions = null, DateOnly[]? runDays = null) =>
        new(entries ?? [], checkIns ?? [], sessions ?? [], runDays ?? []);
}
