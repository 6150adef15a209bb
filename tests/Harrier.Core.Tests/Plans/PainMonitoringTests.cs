using Harrier.Core.Plans;

namespace Harrier.Core.Tests.Plans;

public sealed class PainMonitoringTests
{
    private static readonly DateOnly Day1 = new(2027, 1, 4);

    /// <summary>Rows: "during/morning" per run, two days apart (x = not recorded, ! = red flag); baseline; action; rule.</summary>
    [Theory]
    [InlineData("3/0", 0, PlanAction.Progress, "settled")]
    [InlineData("5/1", 1, PlanAction.Progress, "settled")]
    [InlineData("6/0", 0, PlanAction.Reduce, "during-above-5")]
    [InlineData("2/0 3/1", 0, PlanAction.Repeat, "morning-up")]
    [InlineData("2/1 3/3", 0, PlanAction.Reduce, "morning-up-a-lot")]
    [InlineData("2/5 3/6", 0, PlanAction.Reduce, "morning-up-a-lot")]
    [InlineData("2/2 2/2", 0, PlanAction.Hold, "not-settled")]
    [InlineData("3/x", 0, PlanAction.Hold, "no-morning-yet")]
    [InlineData("2/1 2/1 2/1 2/1 2/2 2/2 2/2", 0, PlanAction.Deload, "rising-week-on-week")]
    [InlineData("2/0 1/0!", 0, PlanAction.Suspend, "red-flag")]
    [InlineData("8/7!", 0, PlanAction.Suspend, "red-flag")]
    public void Decide_RecordedPain_GivesDocumentedAction(string runs, int baseline, PlanAction action, string rule)
    {
        var history = runs.Split(' ').Select((r, i) =>
        {
            var parts = r.TrimEnd('!').Split('/');
            return new PainObservation(Day1.AddDays(2 * i), int.Parse(parts[0], CultureInfo.InvariantCulture),
                parts[1] == "x" ? null : int.Parse(parts[1], CultureInfo.InvariantCulture), r.EndsWith('!'));
        });

        var decision = PainMonitoring.Decide(history, baseline);

        Assert.Equal(action, decision.Action);
        Assert.Equal(rule, decision.Rule);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
    }

    [Fact]
    public void Rules_LastRow_AlwaysApplies()
    {
        Assert.True(PainMonitoring.Rules[^1].Applies(PainTrend.From([], 0)));
        Assert.Equal("Adapted from the pain-monitoring model (Silbernagel 2007)", PainDecision.Basis);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void PainObservation_OutOfScale_Throws(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PainObservation(Day1, value, 0));
    }
}
