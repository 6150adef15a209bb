using Harrier.Core.Load;
using Harrier.Core.Plans;
using Harrier.Core.Runs;

namespace Harrier.Core.Tests.Load;

public sealed class LoadSeriesTests
{
    [Fact]
    public void FromRuns_TwoRunsOneDayApartByTwo_FillsRestDayWithZero()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        Run[] runs =
        [
            LogRuns.Make(new DateTime(2027, 1, 4, 7, 0, 0, DateTimeKind.Utc), 5000, 30, 4),
            LogRuns.Make(new DateTime(2027, 1, 6, 7, 0, 0, DateTimeKind.Utc), 5000, 40, 5),
        ];

        var daily = LoadSeries.FromRuns(runs, london, LoadCalibration.Default);

        Assert.Equal([120.0, 0.0, 200.0], daily.Select(d => d.Load));
    }

    [Fact]
    public void FromRuns_UnratedRunWithHeartRateLoad_CountsItThroughTheCalibration()
    {
        var unrated = LogRuns.Make(new DateTime(2027, 1, 4, 7, 0, 0, DateTimeKind.Utc), 5000, 30);
        (unrated.Effort, unrated.HeartRateLoad) = (null, 40);
        var none = LogRuns.Make(new DateTime(2027, 1, 5, 7, 0, 0, DateTimeKind.Utc), 5000, 30);
        none.Effort = null;

        var daily = LoadSeries.FromRuns([unrated, none], TimeZoneInfo.Utc, new LoadCalibration(3, 10));

        Assert.Equal([120.0, 0.0], daily.Select(d => d.Load));
    }

    [Fact]
    public void FromPlan_NhsWeekOne_IsEffortTimesWholeSessionMinutes()
    {
        var plan = PlanTemplates.Get("nhs-couch-to-5k").Apply(new DateOnly(2027, 1, 4));

        var daily = LoadSeries.FromPlan(plan);

        // 5 min warm-up + 8 × 2.5 min + 5 min cool-down = 30 min at CR-10 3.
        Assert.Equal([90.0, 0, 90.0, 0, 90.0], daily.Take(5).Select(d => d.Load));
        Assert.Equal(plan.StartDate, daily[0].Day);
        Assert.Equal(plan.EndDate, daily[^1].Day);
    }

    [Fact]
    public void PlannedLoad_RestDay_IsZero()
    {
        var rest = new Workout(WorkoutKind.Rest, "Rest", "Rest today.", []);

        Assert.Equal(0, LoadSeries.PlannedLoad(rest));
    }

    [Fact]
    public void Fill_UntilLaterDay_ExtendsWithZeros()
    {
        var day = new DateOnly(2027, 1, 4);

        var daily = LoadSeries.Fill([new DailyLoad(day, 10)], day.AddDays(2));

        Assert.Equal([10.0, 0, 0], daily.Select(d => d.Load));
    }
}
