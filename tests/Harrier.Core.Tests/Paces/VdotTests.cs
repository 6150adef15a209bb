using Harrier.Core.Paces;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Paces;

/// <summary>Fixtures from EVIDENCE.md §2.6.</summary>
public sealed class VdotTests
{
    [Theory]
    [InlineData(10, "40:00", 51.94)]
    [InlineData(5, "30:40", 30.02)]
    [InlineData(5, "24:08", 39.94)]
    [InlineData(5, "19:57", 49.95)]
    [InlineData(5, "25:00", 38.31)]
    public void FromPerformance_PublishedFixture_MatchesToTwoDecimals(double km, string time, double expected)
    {
        Assert.True(DurationText.TryParse(time, out var duration));

        Assert.Equal(expected, Vdot.FromPerformance(Distance.FromKilometers(km), duration), 2);
    }

    [Theory]
    [InlineData(30.0, 0.7)]
    [InlineData(51.94, 1.0)]
    [InlineData(45.0, 0.59)]
    public void VelocityAt_Result_HasTheRequestedOxygenCost(double vdot, double fraction)
    {
        var velocity = Vdot.VelocityAt(vdot, fraction);

        Assert.Equal(fraction * vdot, Vdot.OxygenCost(velocity), 9);
    }

    [Fact]
    public void RaceTime_OfFixtureVdot_ReturnsTheRaceTime()
    {
        var vdot = Vdot.FromPerformance(Distance.FromKilometers(10), TimeSpan.FromMinutes(40));

        Assert.Equal(40 * 60, Vdot.RaceTime(vdot, Distance.FromKilometers(10)).TotalSeconds, 0);
    }

    [Fact]
    public void TrainingPaces_Bands_AreOrderedSlowToFast()
    {
        var paces = TrainingPaces.FromPerformance(Distance.FromKilometers(5), TimeSpan.FromMinutes(25));

        Assert.Equal(38.31, paces.Vdot, 2);
        Assert.True(paces.Easy.Slow.SecondsPerKilometer > paces.Easy.Fast.SecondsPerKilometer);
        Assert.True(paces.Easy.Fast.SecondsPerKilometer > paces.Threshold.Slow.SecondsPerKilometer);
        Assert.True(paces.Threshold.Fast.SecondsPerKilometer > paces.Interval.Slow.SecondsPerKilometer);
        // A 25-minute race is run at about 94% of VO2max, so 100% of VDOT is a little faster than the 5:00 /km race pace.
        Assert.InRange(paces.Interval.Fast.SecondsPerKilometer, 270, 300);
    }
}
