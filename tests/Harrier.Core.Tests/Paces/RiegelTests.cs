using Harrier.Core.Paces;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Paces;

/// <summary>Fixtures from EVIDENCE.md §2.6.</summary>
public sealed class RiegelTests
{
    [Theory]
    [InlineData(5, 25 * 60, 10, 3127.4)] // 52.12 min
    [InlineData(10, 45.5 * 60, 42.195, 12558.5)] // 3:29:19, not the 4.514 factor of a published worked example
    public void Predict_Fixture_MatchesDerivedTime(double knownKm, double knownSeconds, double targetKm, double expectedSeconds)
    {
        var known = Distance.FromKilometers(knownKm);

        var predicted = Riegel.Predict(known, TimeSpan.FromSeconds(knownSeconds), Distance.FromKilometers(targetKm));

        Assert.Equal(expectedSeconds, predicted.TotalSeconds, 0.5);
    }

    [Fact]
    public void Predict_MarathonFromTenK_FormatsAsThreeTwentyNineNineteen()
    {
        var predicted = Riegel.Predict(Distance.FromKilometers(10), new TimeSpan(0, 45, 30), Distance.FromKilometers(42.195));

        Assert.Equal("3:29:19", DurationText.Format(predicted));
    }

    [Theory]
    [InlineData(3, 10, false)]
    [InlineData(25, 52, true)]
    [InlineData(120, 240, false)]
    public void IsInEnduranceRange_Times_ChecksBothEnds(double knownMinutes, double predictedMinutes, bool expected)
    {
        Assert.Equal(expected, Riegel.IsInEnduranceRange(TimeSpan.FromMinutes(knownMinutes), TimeSpan.FromMinutes(predictedMinutes)));
    }
}
