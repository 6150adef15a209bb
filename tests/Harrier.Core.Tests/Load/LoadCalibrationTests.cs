using Harrier.Core.Load;
using Harrier.Core.Runs;

namespace Harrier.Core.Tests.Load;

public sealed class LoadCalibrationTests
{
    [Fact]
    public void From_FewerPairsThanNeeded_IsTheDefault()
    {
        var calibration = LoadCalibration.From([(240, 100), (180, 90)]);

        Assert.Equal(LoadCalibration.DefaultEffortPerTrimp, calibration.EffortPerTrimp);
        Assert.False(calibration.IsPersonal);
        Assert.Contains("default", calibration.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void From_FivePairs_IsTheirMedianRatio()
    {
        var calibration = LoadCalibration.From([(200, 100), (300, 100), (250, 100), (100, 100), (400, 100)]);

        Assert.Equal((2.5, 5, true), (calibration.EffortPerTrimp, calibration.Pairs, calibration.IsPersonal));
    }

    [Fact]
    public void From_MoreThanThirtyPairs_UsesTheNewestThirty()
    {
        var pairs = Enumerable.Repeat((300.0, 100.0), 30).Concat(Enumerable.Repeat((100.0, 100.0), 40));

        Assert.Equal(3, LoadCalibration.From(pairs).EffortPerTrimp);
    }

    [Theory]
    [InlineData(120.0, 50.0, 120.0, LoadBasis.Effort)]
    [InlineData(null, 50.0, 100.0, LoadBasis.HeartRate)]
    [InlineData(null, null, null, LoadBasis.None)]
    public void RunLoadOf_RatedFirstThenHeartRate(double? effort, double? trimp, double? value, LoadBasis basis)
    {
        var load = RunLoad.Of(effort, trimp, LoadCalibration.Default);

        Assert.Equal((value, basis), (load.Value, load.Basis));
        Assert.Equal((effort, trimp), (load.EffortLoad, load.HeartRateLoad));
    }
}
