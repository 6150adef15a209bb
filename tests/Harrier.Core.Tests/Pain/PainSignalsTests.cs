using Harrier.Core.Pain;
using Harrier.Core.Plans;

namespace Harrier.Core.Tests.Pain;

public sealed class PainSignalsTests
{
    private static readonly BodySpot RightLowerBack = new(BodyRegion.LowerBack, BodySide.Right);

    [Fact]
    public void Observations_RunEntryAndNextMorningCheckIn_BecomeOneObservation()
    {
        var entries = new[] { new PainEntry(new DateOnly(2027, 1, 4), RightLowerBack) { DuringRun = 3 } };
        var checkIns = new[] { new MorningCheckIn(new DateOnly(2027, 1, 5), 2) };

        var observation = Assert.Single(PainSignals.Observations(entries, checkIns));

        Assert.Equal(new PainObservation(new DateOnly(2027, 1, 4), 3, 2), observation);
    }

    [Fact]
    public void Decide_MorningPainRisingAfterRuns_RepeatsOrReducesThroughThePlanModel()
    {
        var entries = new[]
        {
            new PainEntry(new DateOnly(2027, 1, 4), RightLowerBack) { DuringRun = 2 },
            new PainEntry(new DateOnly(2027, 1, 6), RightLowerBack) { DuringRun = 3 },
        };
        var checkIns = new[] { new MorningCheckIn(new DateOnly(2027, 1, 5), 1), new MorningCheckIn(new DateOnly(2027, 1, 7), 4) };

        var decision = PainMonitoring.Decide(PainSignals.Observations(entries, checkIns));

        Assert.Equal(PlanAction.Reduce, decision.Action);
    }

    [Fact]
    public void Decide_SettledPain_Progresses()
    {
        var entries = new[] { new PainEntry(new DateOnly(2027, 1, 4), RightLowerBack) { DuringRun = 3 } };
        var checkIns = new[] { new MorningCheckIn(new DateOnly(2027, 1, 5), 0) };

        Assert.Equal(PlanAction.Progress, PainMonitoring.Decide(PainSignals.Observations(entries, checkIns)).Action);
    }

    [Fact]
    public void Decide_RedFlag_Suspends()
    {
        var entries = new[] { new PainEntry(new DateOnly(2027, 1, 4), RightLowerBack) { DuringRun = 2, NextMorning = 1 } };

        Assert.Equal(PlanAction.Suspend, PainMonitoring.Decide(PainSignals.Observations(entries, [], redFlag: true)).Action);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void PainEntry_ScoreOutsideScale_Throws(int score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PainEntry(new DateOnly(2027, 1, 4), RightLowerBack) { DuringRun = score });

    [Fact]
    public void BodySpot_OuterLowerLeg_IsBelowTheKnee()
    {
        Assert.True(new BodySpot(BodyRegion.OuterLowerLeg, BodySide.Right).IsBelowKnee);
        Assert.False(RightLowerBack.IsBelowKnee);
    }
}
