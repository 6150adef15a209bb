using Harrier.Core.Answers;
using Harrier.Core.Pain;
using Harrier.Core.Runs;

namespace Harrier.Core.Tests.Answers;

public sealed class ChoiceTests
{
    [Theory]
    [InlineData("LowerBack", BodyRegion.LowerBack)]
    [InlineData("lower-back", BodyRegion.LowerBack)]
    [InlineData(" LOWER-BACK ", BodyRegion.LowerBack)]
    public void TryParse_AMembersName_AsCSharpOrKebabCase(string text, BodyRegion expected)
    {
        Assert.True(Choice.TryParse<BodyRegion>(text, out var region));
        Assert.Equal(expected, region);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("1e308")]
    [InlineData("Nose")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NumbersAndUnknownNames_AreRefused(string? text)
    {
        Assert.False(Choice.TryParse<BodyRegion>(text, out _));
        Assert.False(Choice.TryParse<Surface>(text, out _));
    }

    [Theory]
    [InlineData("64")]
    [InlineData("2147483647")]
    [InlineData("ache, sharp")]
    public void TryParse_AFlagsEnum_TakesOneNamedMemberOnly(string text)
    {
        Assert.False(Choice.TryParse<PainQuality>(text, out _));
        Assert.True(Choice.TryParse<PainQuality>("ache", out var ache));
        Assert.Equal(PainQuality.Ache, ache);
    }
}
