using Harrier.Core.Plans;

namespace Harrier.Core.Tests.Plans;

public sealed class SessionTimeTextTests
{
    [Theory]
    [InlineData("06:00", 6, 0)]
    [InlineData("6:00", 6, 0)]
    [InlineData(" 18:30 ", 18, 30)]
    [InlineData("00:00", 0, 0)]
    [InlineData("23:59", 23, 59)]
    public void TryParse_ClockTimes_AreRead(string text, int hour, int minute)
    {
        Assert.True(SessionTimeText.TryParse(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("24:00")]
    [InlineData("6")]
    [InlineData("6pm")]
    [InlineData("06:60")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotAClockTime_IsRefused(string? text) => Assert.False(SessionTimeText.TryParse(text, out _));

    [Fact]
    public void TryParseList_CommandLineForm_GivesTimesByWeekday()
    {
        Assert.True(SessionTimeText.TryParseList("mon=06:00, wed=06:00,sat=8:30", out var times, out _));

        Assert.Equal(new Dictionary<DayOfWeek, TimeOnly>
        {
            [DayOfWeek.Monday] = new(6, 0), [DayOfWeek.Wednesday] = new(6, 0), [DayOfWeek.Saturday] = new(8, 30),
        }, times);
        Assert.Equal("Monday and Wednesday at 06:00, Saturday at 08:30", SessionTimeText.Describe(times));
    }

    [Theory]
    [InlineData("mon 06:00", "'mon 06:00' is not day=HH:mm (mon=06:00).")]
    [InlineData("funday=06:00", "'funday' is not a weekday.")]
    [InlineData("", "Give times as day=HH:mm")]
    public void TryParseList_BadText_SaysWhichPart(string text, string message)
    {
        Assert.False(SessionTimeText.TryParseList(text, out _, out var error));
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }
}
