using Harrier.Core.Plans;

namespace Harrier.Core.Tests.Plans;

public sealed class WeekdayTextTests
{
    [Theory]
    [InlineData("mon", DayOfWeek.Monday)]
    [InlineData("Monday", DayOfWeek.Monday)]
    [InlineData(" SAT ", DayOfWeek.Saturday)]
    [InlineData("sun", DayOfWeek.Sunday)]
    public void TryParse_NameOrThreeLetters_ReadsTheDay(string text, DayOfWeek expected)
    {
        Assert.True(WeekdayText.TryParse(text, out var day));
        Assert.Equal(expected, day);
    }

    [Theory]
    [InlineData("mo")]
    [InlineData("funday")]
    [InlineData("")]
    public void TryParse_Nonsense_Fails(string text)
    {
        Assert.False(WeekdayText.TryParse(text, out _));
    }

    [Fact]
    public void TryParseList_RepeatedDays_KeepsEachOnceInOrder()
    {
        Assert.True(WeekdayText.TryParseList("fri, mon,fri,wed", out var days, out var error));

        Assert.Equal([DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Wednesday], days);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("mon,funday", "'funday' is not a weekday. Use mon, tue, wed")]
    [InlineData(" ", "Choose the days you can train.")]
    public void TryParseList_BadText_SaysWhatIsWrong(string text, string message)
    {
        Assert.False(WeekdayText.TryParseList(text, out var days, out var error));

        Assert.Empty(days);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }
}
