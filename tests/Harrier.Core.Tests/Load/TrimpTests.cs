using Harrier.Core.Activities;
using Harrier.Core.Load;

namespace Harrier.Core.Tests.Load;

public sealed class TrimpTests
{
    private static readonly HeartRateProfile Man = new(190, 55, Sex.Male);

    [Fact]
    public void Of_EvidenceWorkedExample_Is117Point9()
    {
        // EVIDENCE.md §2.5: 60 min at 155 bpm, resting 55, maximum 190 → ΔHRr 0.741 → TRIMP ≈ 117.9 (men's constants).
        Assert.Equal(117.9, Trimp.Of(60, 155, Man), 1);
    }

    [Fact]
    public void Of_HistogramOfAnHourAtOneRate_EqualsTheFormula()
    {
        var secondsByBeat = new double[200];
        secondsByBeat[155] = 3600;

        Assert.Equal(Trimp.Of(60, 155, Man), Trimp.Of(HeartRateHistogram.FromSecondsByBeat(secondsByBeat), Man), 9);
    }

    [Fact]
    public void Of_WomensConstants_GiveTheWomensFormula()
    {
        var woman = new HeartRateProfile(190, 55, Sex.Female);
        var x = (155 - 55) / 135.0;

        Assert.Equal(60 * x * 0.86 * Math.Exp(1.67 * x), Trimp.Of(60, 155, woman), 9);
        Assert.Equal("the weighting for women", woman.ConstantsText);
        Assert.Contains("no sex is given", new HeartRateProfile(190, 55).ConstantsText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50, 0)]
    [InlineData(55, 0)]
    [InlineData(230, 60 * 0.64 * 6.820958)]
    public void Of_OutsideTheReserve_IsClampedToIt(double heartRate, double expected) =>
        Assert.Equal(expected, Trimp.Of(60, heartRate, Man), 3);

    [Fact]
    public void Of_EmptyHistogram_IsZero() => Assert.Equal(0, Trimp.Of(HeartRateHistogram.Empty, Man));

    [Theory]
    [InlineData(null, null, new string[0])]
    [InlineData(190, null, new[] { "Resting" })]
    [InlineData(null, 50, new[] { "Maximum" })]
    [InlineData(90, 50, new[] { "Maximum" })]
    [InlineData(190, 10, new[] { "Resting" })]
    [InlineData(120, 100, new[] { "Resting" })]
    [InlineData(185, 48, new string[0])]
    public void Problems_Pairs_NameTheirFields(int? max, int? resting, string[] fields) =>
        Assert.Equal(fields, HeartRateProfile.Problems(max, resting).Select(p => p.Field.ToString()));

    [Fact]
    public void TryCreate_UnusablePair_IsNull()
    {
        Assert.Null(HeartRateProfile.TryCreate(120, 100, null));
        Assert.Equal(48, HeartRateProfile.TryCreate(185, 48, null)!.RestingHeartRate);
    }
}
