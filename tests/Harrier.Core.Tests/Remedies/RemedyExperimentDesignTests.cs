using Harrier.Core.Remedies;

namespace Harrier.Core.Tests.Remedies;

public sealed class RemedyExperimentDesignTests
{
    private static readonly DateOnly Monday = new(2027, 3, 1);

    [Fact]
    public void Create_FourPairsOfSevenDays_LaysOutConsecutivePeriodsWithWashout()
    {
        var design = RemedyExperimentDesign.Create("psoas stretch daily", Monday, 7, 4, new Random(7));

        // 4 pairs × 2 periods × 7 days = 56 days: 1 March … 25 April 2027.
        Assert.Equal(8, design.Periods.Count);
        Assert.Equal(new DateOnly(2027, 4, 25), design.End);
        for (var i = 0; i < design.Periods.Count; i++)
        {
            var period = design.Periods[i];
            Assert.Equal(Monday.AddDays(7 * i), period.Start);
            Assert.Equal(period.Start.AddDays(6), period.End);
            Assert.Equal(period.Start.AddDays(3), period.ScoredFrom);
            Assert.Equal(4, period.ScoredDays);
            Assert.Equal((i / 2) + 1, period.Pair);
        }
    }

    [Fact]
    public void Create_EveryPair_HasOneRemedyAndOneControlPeriod()
    {
        var design = RemedyExperimentDesign.Create("new shoes", Monday, 14, 6, new Random(3));

        Assert.All(design.Periods.GroupBy(p => p.Pair), pair =>
            Assert.Equal([ExperimentArm.Remedy, ExperimentArm.Control], pair.Select(p => p.Arm).Order()));
        Assert.Equal(design.FirstArms, design.Periods.Where((_, i) => i % 2 == 0).Select(p => p.Arm));
    }

    [Fact]
    public void Create_SameSeed_SameOrders()
    {
        var a = RemedyExperimentDesign.Create("x", Monday, 7, 10, new Random(42));
        var b = RemedyExperimentDesign.Create("x", Monday, 7, 10, new Random(42));

        Assert.Equal(a.FirstArms, b.FirstArms);
    }

    [Fact]
    public void Create_ManySeeds_DrawBothOrders()
    {
        var firsts = Enumerable.Range(0, 50)
            .SelectMany(seed => RemedyExperimentDesign.Create("x", Monday, 7, 6, new Random(seed)).FirstArms)
            .ToArray();

        // 300 fair draws: each order should appear roughly 150 times; 100 is far outside chance (p < 1e-8).
        Assert.InRange(firsts.Count(a => a == ExperimentArm.Remedy), 100, 200);
    }

    [Theory]
    [InlineData(6, 3, 4)]
    [InlineData(15, 3, 4)]
    [InlineData(7, 4, 4)]
    [InlineData(7, -1, 4)]
    [InlineData(7, 3, 0)]
    [InlineData(7, 3, 21)]
    public void Create_OutOfRange_Throws(int periodDays, int washout, int pairs) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() =>
            RemedyExperimentDesign.Create("x", Monday, periodDays, pairs, new Random(1), washout));

    [Fact]
    public void Constructor_BlankRemedy_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => new RemedyExperimentDesign(" ", Monday, 7, 3, [ExperimentArm.Remedy]));

    [Fact]
    public void PeriodOn_DaysInsideAndOutside_FindsThePeriod()
    {
        var design = new RemedyExperimentDesign("x", Monday, 7, 2, [ExperimentArm.Control, ExperimentArm.Remedy]);

        // Pair 1: control 1–7 March, remedy 8–14 March. Pair 2: remedy 15–21, control 22–28 March.
        Assert.Equal(ExperimentArm.Control, design.PeriodOn(new DateOnly(2027, 3, 7))!.Arm);
        Assert.Equal(ExperimentArm.Remedy, design.PeriodOn(new DateOnly(2027, 3, 8))!.Arm);
        Assert.Equal(2, design.PeriodOn(new DateOnly(2027, 3, 22))!.Pair);
        Assert.Null(design.PeriodOn(new DateOnly(2027, 2, 28)));
        Assert.Null(design.PeriodOn(new DateOnly(2027, 3, 29)));
        Assert.True(design.Periods[0].IsScored(new DateOnly(2027, 3, 3)));
        Assert.False(design.Periods[0].IsScored(new DateOnly(2027, 3, 2)));
    }
}
