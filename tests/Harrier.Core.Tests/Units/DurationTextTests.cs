using Harrier.Core.Units;

namespace Harrier.Core.Tests.Units;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("45", 0, 45, 0)]
    [InlineData("32:10", 0, 32, 10)]
    [InlineData("1:05:30", 1, 5, 30)]
    [InlineData(" 90:00 ", 1, 30, 0)]
    public void TryParse_ValidText_ReturnsDuration(string text, int h, int m, int s)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(new TimeSpan(h, m, s), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("abc")]
    [InlineData("30:75")]
    [InlineData("30:5")]
    [InlineData("1:2:3:4")]
    [InlineData("-5")]
    [InlineData("30.5")]
    public void TryParse_InvalidText_ReturnsFalse(string? text) => Assert.False(DurationText.TryParse(text, out _));

    [Theory]
    [InlineData(0, 32, 10, "32:10")]
    [InlineData(1, 5, 30, "1:05:30")]
    public void Format_Duration_ReadsLikeAWatch(int h, int m, int s, string expected) =>
        Assert.Equal(expected, DurationText.Format(new TimeSpan(h, m, s)));
}
