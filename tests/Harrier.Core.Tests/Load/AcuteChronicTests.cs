using Harrier.Core.Load;

namespace Harrier.Core.Tests.Load;

public sealed class AcuteChronicTests
{
    private static readonly DateOnly Day1 = new(2027, 1, 4);

    [Fact]
    public void Series_BeforeTwentyEightDays_HasNoRatio()
    {
        var daily = Enumerable.Range(0, 27).Select(i => new DailyLoad(Day1.AddDays(i), 100)).ToArray();

        Assert.All(AcuteChronic.Series(daily), p => Assert.Null(p.Ratio));
    }

    [Fact]
    public void Series_LastWeekDoubled_IsTwoAndUncoupled()
    {
        var daily = Enumerable.Range(0, 28).Select(i => new DailyLoad(Day1.AddDays(i), i >= 21 ? 200 : 100)).ToArray();

        var last = AcuteChronic.Series(daily)[^1];

        Assert.Equal(200, last.Acute);
        Assert.Equal(100, last.Chronic);
        Assert.Equal(2.0, last.Ratio);
    }

    [Fact]
    public void Caveat_NamesTheCritiques()
    {
        Assert.Contains("not as an injury risk score", AcuteChronic.Caveat, StringComparison.Ordinal);
        Assert.Contains("Impellizzeri", AcuteChronic.Caveat, StringComparison.Ordinal);
        Assert.Contains("Frandsen 2025", AcuteChronic.Caveat, StringComparison.Ordinal);
    }
}
