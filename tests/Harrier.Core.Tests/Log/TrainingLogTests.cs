using Harrier.Core.Log;
using Harrier.Core.Runs;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Log;

public sealed class TrainingLogTests
{
    private static Run RunAt(DateTime utc, double km, int minutes, int rpe) => new()
    {
        OwnerId = "a",
        StartUtc = utc,
        Distance = Distance.FromKilometers(km),
        Duration = TimeSpan.FromMinutes(minutes),
        Effort = new Effort(rpe),
    };

    [Theory]
    [InlineData("2026-11-25", DayOfWeek.Monday, "2026-11-23")]
    [InlineData("2026-11-23", DayOfWeek.Monday, "2026-11-23")]
    [InlineData("2026-11-22", DayOfWeek.Monday, "2026-11-16")]
    [InlineData("2026-11-25", DayOfWeek.Sunday, "2026-11-22")]
    public void WeekStart_Day_ReturnsFirstDayOfItsWeek(string day, DayOfWeek first, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), TrainingLog.WeekStart(DateOnly.Parse(day, CultureInfo.InvariantCulture), first));

    [Fact]
    public void ByWeek_Runs_GroupsWithTotals()
    {
        var runs = new[]
        {
            RunAt(new DateTime(2026, 11, 23, 6, 0, 0, DateTimeKind.Utc), 3, 20, 3),
            RunAt(new DateTime(2026, 11, 25, 6, 0, 0, DateTimeKind.Utc), 4, 30, 5),
            RunAt(new DateTime(2026, 11, 18, 6, 0, 0, DateTimeKind.Utc), 2, 15, 2),
        };

        var weeks = TrainingLog.ByWeek(runs, TimeZoneInfo.Utc);

        Assert.Equal(2, weeks.Count);
        Assert.Equal(new DateOnly(2026, 11, 23), weeks[0].Start);
        Assert.Equal(2, weeks[0].RunCount);
        Assert.Equal(7000, weeks[0].TotalDistance.Meters, 6);
        Assert.Equal(TimeSpan.FromMinutes(50), weeks[0].TotalTime);
        Assert.Equal(3 * 20 + 5 * 30, weeks[0].TotalLoad, 6);
        Assert.Equal(new DateOnly(2026, 11, 25), DateOnly.FromDateTime(weeks[0].Runs[0].StartUtc));
    }

    [Fact]
    public void ByWeek_RunLateSundayUtcButMondayInTokyo_FallsInTokyoWeek()
    {
        // 2026-11-22 (Sunday) 22:00 UTC is Monday 07:00 in Tokyo.
        var runs = new[] { RunAt(new DateTime(2026, 11, 22, 22, 0, 0, DateTimeKind.Utc), 5, 30, 4) };

        var tokyo = TrainingLog.ByWeek(runs, TimeZones.Get("Asia/Tokyo"));
        var utc = TrainingLog.ByWeek(runs, TimeZoneInfo.Utc);

        Assert.Equal(new DateOnly(2026, 11, 23), tokyo[0].Start);
        Assert.Equal(new DateOnly(2026, 11, 16), utc[0].Start);
    }

    [Fact]
    public void ThisWeek_NoRuns_ReturnsEmptyWeek()
    {
        var week = TrainingLog.ThisWeek([], new DateOnly(2026, 11, 25));
        Assert.Equal(new DateOnly(2026, 11, 23), week.Start);
        Assert.Equal(0, week.RunCount);
        Assert.Equal(0, week.TotalLoad);
    }

    [Fact]
    public void TotalLoad_UnratedRunWithoutHeartRate_IsLeftOutAndCounted()
    {
        var unrated = RunAt(new DateTime(2026, 11, 24, 6, 0, 0, DateTimeKind.Utc), 5, 30, 4);
        unrated.Effort = null;
        var runs = new[] { RunAt(new DateTime(2026, 11, 23, 6, 0, 0, DateTimeKind.Utc), 3, 20, 3), unrated };

        var week = TrainingLog.ByWeek(runs, TimeZoneInfo.Utc)[0];

        Assert.Equal(60, week.TotalLoad);
        Assert.Equal((1, 1), (week.UnratedCount, week.NoLoadCount));
        Assert.Null(unrated.EffortLoad);
        Assert.Equal(8000, week.TotalDistance.Meters, 6);
    }

    [Fact]
    public void TotalLoad_UnratedRunWithHeartRate_CountsItsCalibratedHeartRateLoad()
    {
        var unrated = RunAt(new DateTime(2026, 11, 24, 6, 0, 0, DateTimeKind.Utc), 5, 30, 4);
        (unrated.Effort, unrated.HeartRateLoad) = (null, 50);
        var rated = RunAt(new DateTime(2026, 11, 23, 6, 0, 0, DateTimeKind.Utc), 3, 20, 3);
        rated.HeartRateLoad = 30;

        var week = TrainingLog.ByWeek([rated, unrated], TimeZoneInfo.Utc, calibration: new(2.5, 8))[0];

        Assert.Equal(60 + (50 * 2.5), week.TotalLoad, 6);
        Assert.Equal((60.0, 80.0), (week.EffortLoad, week.HeartRateLoad));
        Assert.Equal((1, 0), (week.UnratedCount, week.NoLoadCount));
    }

    [Fact]
    public void ByMonth_RunsInJanuaryAndMarch_GivesThreeMonthsNewestFirstWithTheEmptyOne()
    {
        var runs = new[]
        {
            RunAt(new DateTime(2021, 1, 5, 6, 0, 0, DateTimeKind.Utc), 5, 30, 3),
            RunAt(new DateTime(2021, 1, 20, 6, 0, 0, DateTimeKind.Utc), 12, 70, 3),
            RunAt(new DateTime(2021, 3, 2, 6, 0, 0, DateTimeKind.Utc), 8, 45, 3),
        };

        var months = TrainingLog.ByMonth(runs, TimeZoneInfo.Utc);

        Assert.Equal([new DateOnly(2021, 3, 1), new DateOnly(2021, 2, 1), new DateOnly(2021, 1, 1)], months.Select(m => m.Start));
        Assert.Equal([1, 0, 2], months.Select(m => m.RunCount));
        Assert.Equal(new DateOnly(2021, 2, 28), months[1].End);
        Assert.Equal((17000.0, 12000.0), (months[2].Distance.Meters, months[2].Longest.Meters));
        Assert.Equal(TimeSpan.FromMinutes(100), months[2].Time);
    }

    [Fact]
    public void ByYear_NewYearsEveInUtcIsNewYearInAuckland_CountsInTheLocalYear()
    {
        var runs = new[] { RunAt(new DateTime(2020, 12, 31, 20, 0, 0, DateTimeKind.Utc), 5, 30, 3) };

        var auckland = TrainingLog.ByYear(runs, TimeZones.Get("Pacific/Auckland"));
        var utc = TrainingLog.ByYear(runs, TimeZoneInfo.Utc);

        Assert.Equal(new DateOnly(2021, 1, 1), Assert.Single(auckland).Start);
        Assert.Equal(new DateOnly(2020, 12, 31), Assert.Single(utc).End);
    }

    [Fact]
    public void ByMonth_NoRuns_IsEmpty() => Assert.Empty(TrainingLog.ByMonth([], TimeZoneInfo.Utc));
}
