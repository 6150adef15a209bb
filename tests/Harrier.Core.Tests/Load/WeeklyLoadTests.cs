using Harrier.Core.Load;

namespace Harrier.Core.Tests.Load;

public sealed class WeeklyLoadTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);

    [Theory]
    [InlineData(new double[] { 300, 0, 300, 0, 300, 0, 600 }, 1500, 1.0206, 1530.93)]
    [InlineData(new double[] { 200, 200, 200, 200, 200, 200, 0 }, 1200, 2.4495, 2939.39)]
    public void Of_SevenDays_GivesFosterMonotonyAndStrain(double[] days, double load, double monotony, double strain)
    {
        var week = WeeklyLoad.Of(Monday, days);

        Assert.Equal(load, week.Load, 6);
        Assert.Equal(monotony, week.Monotony!.Value, 4);
        Assert.Equal(strain, week.Strain!.Value, 2);
    }

    [Fact]
    public void Of_IdenticalDays_HasNoMonotony()
    {
        var week = WeeklyLoad.Of(Monday, [0, 0, 0, 0, 0, 0, 0]);

        Assert.Null(week.Monotony);
        Assert.Null(week.Strain);
    }

    [Fact]
    public void Weeks_DailySeries_GroupsByCalendarWeekWithRestDaysAsZero()
    {
        DailyLoad[] daily = [new(Monday.AddDays(2), 100), new(Monday.AddDays(9), 50), new(Monday.AddDays(9), 25)];

        var weeks = WeeklyLoad.Weeks(daily);

        Assert.Equal([Monday, Monday.AddDays(7)], weeks.Select(w => w.Start));
        Assert.Equal([100.0, 75.0], weeks.Select(w => w.Load));
    }
}
