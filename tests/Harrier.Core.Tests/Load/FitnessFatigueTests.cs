using Harrier.Core.Load;

namespace Harrier.Core.Tests.Load;

public sealed class FitnessFatigueTests
{
    private static readonly DateOnly Day1 = new(2027, 1, 4);

    [Fact]
    public void BanisterStep_WorkedExample_MatchesEvidence()
    {
        // EVIDENCE.md §2.4: fitness 100, fatigue 60, load 50, τ 42/7 → 147.65 and "102.00".
        // 60·e^(−1/7) + 50 = 102.0127, so the fatigue figure is checked to one decimal; the source rounds it down.
        var (fitness, fatigue) = FitnessFatigue.BanisterStep(100, 60, 50);

        Assert.Equal(147.65, fitness, 2);
        Assert.Equal(102.0, fatigue, 1);
    }

    [Fact]
    public void Series_OneLoadFromZero_UsesTheDerivedWeights()
    {
        var points = FitnessFatigue.Series([new DailyLoad(Day1, 100)]);

        Assert.Equal(2.3528, points[0].Ctl, 4); // weight 1 − e^(−1/42) = 0.023528
        Assert.Equal(13.3122, points[0].Atl, 4); // weight 1 − e^(−1/7) = 0.133122
        Assert.Equal(0, points[0].Tsb);
    }

    [Fact]
    public void Series_Tsb_IsYesterdaysCtlMinusYesterdaysAtl()
    {
        var daily = LoadSeries.Fill([new DailyLoad(Day1, 300), new DailyLoad(Day1.AddDays(3), 0)]);

        var points = FitnessFatigue.Series(daily, startCtl: 40, startAtl: 50);

        Assert.Equal(-10, points[0].Tsb, 9);
        for (var i = 1; i < points.Count; i++)
        {
            Assert.Equal(points[i - 1].Ctl - points[i - 1].Atl, points[i].Tsb, 9);
        }
    }

    [Fact]
    public void Series_ConstantLoad_ConvergesToTheLoad()
    {
        var daily = Enumerable.Range(0, 400).Select(i => new DailyLoad(Day1.AddDays(i), 200)).ToArray();

        var last = FitnessFatigue.Series(daily)[^1];

        Assert.Equal(200, last.Ctl, 1);
        Assert.Equal(200, last.Atl, 6);
    }

    [Fact]
    public void Series_GapInDays_Throws()
    {
        Assert.Throws<ArgumentException>(() => FitnessFatigue.Series([new DailyLoad(Day1, 1), new DailyLoad(Day1.AddDays(2), 1)]));
    }
}
