using Harrier.Core.Screening;

namespace Harrier.Core.Tests.Screening;

public sealed class OswestryTests
{
    /// <summary>Rows: ten section scores (x = missed); expected total, sections answered, percent and band.</summary>
    [Theory]
    [InlineData("2 2 2 2 2 2 1 1 1 1", 16, 10, 32.0, OswestryBand.Moderate)] // EVIDENCE §4.5: 16/50 = 32%
    [InlineData("2 2 2 2 2 2 1 x 2 1", 16, 9, 35.556, OswestryBand.Moderate)] // one missed: 16/45 (EVIDENCE writes 35.5%)
    [InlineData("0 0 0 0 0 0 0 0 0 0", 0, 10, 0.0, OswestryBand.Minimal)]
    [InlineData("1 1 1 1 1 1 1 1 1 1", 10, 10, 20.0, OswestryBand.Minimal)] // 20% is still minimal
    [InlineData("2 1 1 1 1 1 1 1 1 1", 11, 10, 22.0, OswestryBand.Moderate)]
    [InlineData("2 2 2 2 2 2 2 2 2 2", 20, 10, 40.0, OswestryBand.Moderate)]
    [InlineData("3 2 2 2 2 2 2 2 2 2", 21, 10, 42.0, OswestryBand.Severe)]
    [InlineData("3 3 3 3 3 3 3 3 3 3", 30, 10, 60.0, OswestryBand.Severe)]
    [InlineData("4 4 4 4 4 4 4 4 4 4", 40, 10, 80.0, OswestryBand.Crippled)]
    [InlineData("5 4 4 4 4 4 4 4 4 4", 41, 10, 82.0, OswestryBand.BedBound)]
    [InlineData("5 5 5 5 5 5 5 5 5 5", 50, 10, 100.0, OswestryBand.BedBound)]
    [InlineData("x x x x 3 x x x x x", 3, 1, 60.0, OswestryBand.Severe)] // any number missed, as long as one is answered
    public void Score_Sections_GivesPercentAndBand(string sections, int total, int answered, double percent, OswestryBand band)
    {
        var result = Oswestry.Score(Parse(sections));

        var score = Assert.IsType<OswestryScore>(result.Value);
        Assert.Equal(total, score.Total);
        Assert.Equal(answered, score.SectionsAnswered);
        Assert.Equal(percent, score.Percent, 3);
        Assert.Equal(band, score.Band);
    }

    [Theory]
    [InlineData("1 1 1 1 1 1 1 1 1", "10 sections")]
    [InlineData("1 1 1 1 1 1 1 1 1 1 1", "10 sections")]
    [InlineData("1 1 6 1 1 1 1 1 1 1", "Lifting must be scored 0 to 5")]
    [InlineData("-1 1 1 1 1 1 1 1 1 1", "PainIntensity must be scored 0 to 5")]
    [InlineData("x x x x x x x x x x", "No section is answered")]
    public void Score_InvalidSections_Refused(string sections, string error)
    {
        var result = Oswestry.Score(Parse(sections));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Contains(error, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    public void BandOf_OutOfRange_Throws(double percent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Oswestry.BandOf(percent));

    [Fact]
    public void Sections_TenInQuestionnaireOrder()
    {
        Assert.Equal(Oswestry.Sections, Enum.GetValues<OswestrySection>().Length);
        Assert.Equal(OswestrySection.SexLife, (OswestrySection)7);
    }

    private static int?[] Parse(string sections) =>
        sections.Split(' ').Select(r => r == "x" ? (int?)null : int.Parse(r, CultureInfo.InvariantCulture)).ToArray();
}
