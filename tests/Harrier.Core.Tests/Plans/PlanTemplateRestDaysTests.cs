using Harrier.Core.Plans;

namespace Harrier.Core.Tests.Plans;

/// <summary>Templates for new runners keep a rest day between runs where the chosen days allow it, and say so when they do not.</summary>
public sealed class PlanTemplateRestDaysTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);
    private static readonly PlanTemplate Nhs = PlanTemplates.Get("nhs-couch-to-5k");

    [Fact]
    public void Apply_NoviceTemplateOnThreeDaysInARow_WarnsAboutConsecutiveDays()
    {
        var plan = Nhs.Apply(Monday, [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday]);

        var warning = Assert.Single(plan.Warnings);
        Assert.StartsWith("NHS Couch to 5K is for new runners, and the NHS advises a rest day between runs.", warning, StringComparison.Ordinal);
        Assert.Contains("Monday and Tuesday; Tuesday and Wednesday are next to each other", warning, StringComparison.Ordinal);
        Assert.Contains("for example Monday, Wednesday and Friday", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_NoviceTemplateGivenMoreDaysThanItNeeds_TakesDaysWithARestBetween()
    {
        DayOfWeek[] days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday];

        var plan = Nhs.Apply(Monday, days);

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Thursday, DayOfWeek.Saturday], plan.Weekdays.OrderBy(d => ((int)d + 6) % 7));
        Assert.DoesNotContain(plan.Workouts, w => w.Date.DayOfWeek == DayOfWeek.Tuesday);
        Assert.Empty(plan.Warnings);
        Assert.Null(Nhs.RestDayWarning(days));
    }

    [Theory]
    [InlineData("sat,sun,tue", true)] // Saturday and Sunday
    [InlineData("sun,mon,wed", true)] // Sunday and Monday are consecutive across the week
    [InlineData("mon,wed,fri", false)]
    [InlineData("tue,thu,sat", false)]
    [InlineData("mon,wed,fri,sun", false)] // four days: a spread three is used
    public void RestDayWarning_NoviceTemplate_OnlyWhenRunsMustFallOnConsecutiveDays(string text, bool warns)
    {
        Assert.True(WeekdayText.TryParseList(text, out var days, out _));

        Assert.Equal(warns, Nhs.RestDayWarning(days) is not null);
    }

    [Fact]
    public void RestDayWarning_TemplatesForRunners_NeverWarn()
    {
        DayOfWeek[] days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday];

        Assert.Null(PlanTemplates.Get("buds-category-1").RestDayWarning(days));
        Assert.Null(PlanTemplates.Get("bridge-5k-to-10k").RestDayWarning(days));
        Assert.Equal(days, PlanTemplates.Get("buds-category-1").DaysFor(days));
    }

    [Fact]
    public void RestDayWarning_OwnDays_NoneForTheNhsPlan()
    {
        Assert.Null(Nhs.RestDayWarning(null));
        Assert.Empty(Nhs.Apply(Monday).Warnings);
    }
}
