using Harrier.Core.Runs;

namespace Harrier.Core.Tests.Runs;

public sealed class EffortTests
{
    [Theory]
    [InlineData(0, "Rest")]
    [InlineData(1, "Very, very easy")]
    [InlineData(2, "Easy")]
    [InlineData(3, "Moderate")]
    [InlineData(4, "Somewhat hard")]
    [InlineData(5, "Hard")]
    [InlineData(6, null)]
    [InlineData(7, "Very hard")]
    [InlineData(8, null)]
    [InlineData(9, null)]
    [InlineData(10, "Maximal")]
    public void Label_FosterCr10_MatchesAnchors(int value, string? label) => Assert.Equal(label, new Effort(value).Label);

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Construction_OutsideScale_Throws(int value) => Assert.Throws<ArgumentOutOfRangeException>(() => new Effort(value));

    [Fact]
    public void SessionLoad_Rpe5For30Minutes_Is150() => Assert.Equal(150, SessionLoad.Of(new Effort(5), TimeSpan.FromMinutes(30)));
}
