using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Activities;

public sealed class ElevationFilterTests
{
    [Fact]
    public void AscentDescent_NoiseBelowThreshold_CountsNothing()
    {
        double[] altitudes = [100, 101, 99.5, 100.8, 99.2, 100.5, 101.9];

        Assert.Equal((0.0, 0.0), ElevationFilter.AscentDescent(altitudes));
    }

    [Fact]
    public void AscentDescent_RealHillWithNoise_CountsTheHill()
    {
        double[] altitudes = [100, 101, 104, 103, 108, 110, 109, 105, 101, 100, double.NaN, 100.5];

        var (ascent, descent) = ElevationFilter.AscentDescent(altitudes);

        Assert.Equal(10.0, ascent, 6); // trough 100 to peak 110
        Assert.Equal(10.0, descent, 6); // peak 110 to trough 100; the final 100.5 is within the band
    }

    [Fact]
    public void AscentDescent_SensorJump_IsIgnored()
    {
        // A barometric altimeter settling: 1257 m -> 1913 m in one second is not a climb.
        double[] altitudes = [1257, 1913, 2032, 2040, 2050];
        double[] seconds = [0, 1, 2, 4, 6];

        var (ascent, _) = ElevationFilter.AscentDescent(altitudes, seconds);

        Assert.Equal(18.0, ascent, 6); // 2032 -> 2050; the first two steps are faster than 5 m/s
    }
}
