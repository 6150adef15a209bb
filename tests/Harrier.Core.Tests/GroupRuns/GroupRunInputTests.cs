using Harrier.Core.GroupRuns;

namespace Harrier.Core.Tests.GroupRuns;

public sealed class GroupRunInputTests
{
    private static readonly DateOnly Today = new(2027, 3, 1);

    private static GroupRunInput Valid => new("Dawn run", "2027-03-22", "06:00", "Victoria Park", 51.5362, -0.0410, "Europe/London");

    [Fact]
    public void Series_MonWedFriForTenWeeks_ThirtyDatesAtSixLocal_AcrossTheClockChange()
    {
        var check = (Valid with { RepeatDays = ["mon", "Wednesday", "FRI"], Weeks = 10 }).Validate(Today, "Etc/UTC");

        var request = Assert.IsType<GroupRunRequest>(check.Request);
        Assert.Equal(30, request.Dates.Count);
        Assert.Equal(new DateOnly(2027, 5, 28), request.Dates[^1]);
        Assert.All(request.Dates, d => Assert.Contains(d.DayOfWeek, new[] { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday }));
        Assert.Equal(TimeSpan.Zero, request.StartOn(new DateOnly(2027, 3, 26)).Offset);
        Assert.Equal(TimeSpan.FromHours(1), request.StartOn(new DateOnly(2027, 3, 29)).Offset);
        Assert.All(request.Dates, d => Assert.Equal(new TimeOnly(6, 0), TimeOnly.FromDateTime(request.StartOn(d).DateTime)));
    }

    [Fact]
    public void Start_InTheSpringGap_MovesOn_TwiceInTheAutumn_TakesTheFirst()
    {
        var newYork = TimeZones.Get("America/New_York");
        Assert.Equal(new DateTimeOffset(2027, 3, 14, 3, 30, 0, TimeSpan.FromHours(-4)), GroupRunSchedule.Start(new DateOnly(2027, 3, 14), new TimeOnly(2, 30), newYork));
        Assert.Equal(new DateTimeOffset(2027, 11, 7, 1, 30, 0, TimeSpan.FromHours(-4)), GroupRunSchedule.Start(new DateOnly(2027, 11, 7), new TimeOnly(1, 30), newYork));
    }

    [Fact]
    public void DefaultZone_IsTheCoachsWhenNoneGiven()
    {
        var check = (Valid with { TimeZone = null }).Validate(Today, "Australia/Sydney");
        Assert.Equal("Australia/Sydney", check.Request!.Zone.Id);
    }

    [Theory]
    [InlineData(null, "06:00", "Victoria Park", 51.5, 0.0, "Europe/London", GroupRunField.Date)]
    [InlineData("2027-02-28", "06:00", "Victoria Park", 51.5, 0.0, "Europe/London", GroupRunField.Date)]
    [InlineData("2029-03-02", "06:00", "Victoria Park", 51.5, 0.0, "Europe/London", GroupRunField.Date)]
    [InlineData("22/03/2027", "06:00", "Victoria Park", 51.5, 0.0, "Europe/London", GroupRunField.Date)]
    [InlineData("2027-03-22", "6am", "Victoria Park", 51.5, 0.0, "Europe/London", GroupRunField.Time)]
    [InlineData("2027-03-22", "06:00", "  ", 51.5, 0.0, "Europe/London", GroupRunField.PlaceName)]
    [InlineData("2027-03-22", "06:00", "Victoria Park", 91.0, 0.0, "Europe/London", GroupRunField.Latitude)]
    [InlineData("2027-03-22", "06:00", "Victoria Park", double.NaN, 0.0, "Europe/London", GroupRunField.Latitude)]
    [InlineData("2027-03-22", "06:00", "Victoria Park", 51.5, -180.5, "Europe/London", GroupRunField.Longitude)]
    [InlineData("2027-03-22", "06:00", "Victoria Park", 51.5, 0.0, "Mars/Olympus", GroupRunField.TimeZone)]
    public void Validate_EachBadFieldNamedInPlainWords(string? date, string time, string place, double lat, double lon, string zone, string field)
    {
        var check = new GroupRunInput(null, date, time, place, lat, lon, zone).Validate(Today, "Etc/UTC");

        Assert.Null(check.Request);
        Assert.Equal([field], check.Errors.Keys);
        Assert.DoesNotContain("Exception", check.Errors[field][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeriesNeedsWeeksAndRealDays_TextsHaveLimits()
    {
        Assert.Contains(GroupRunField.Weeks, (Valid with { RepeatDays = ["mon"], Weeks = null }).Validate(Today, "Etc/UTC").Errors.Keys);
        Assert.Contains(GroupRunField.Weeks, (Valid with { RepeatDays = ["mon"], Weeks = 53 }).Validate(Today, "Etc/UTC").Errors.Keys);
        Assert.Contains(GroupRunField.RepeatDays, (Valid with { RepeatDays = ["funday"], Weeks = 2 }).Validate(Today, "Etc/UTC").Errors.Keys);
        Assert.Contains(GroupRunField.RepeatDays, (Valid with { Weeks = 4 }).Validate(Today, "Etc/UTC").Errors.Keys);
        Assert.Contains(GroupRunField.Title, (Valid with { Title = new string('x', 81) }).Validate(Today, "Etc/UTC").Errors.Keys);
        Assert.Contains(GroupRunField.Notes, (Valid with { Notes = new string('x', 1001) }).Validate(Today, "Etc/UTC").Errors.Keys);
        Assert.Equal(["a", "b"], (Valid with { Invitees = ["a", " b ", "a", ""] }).Validate(Today, "Etc/UTC").Request!.Invitees);
    }
}
