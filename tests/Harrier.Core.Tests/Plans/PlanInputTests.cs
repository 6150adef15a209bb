using System.Diagnostics;
using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Plans;

/// <summary>The one set of plan input rules the wizard, the API and the CLI share.</summary>
public sealed class PlanInputTests
{
    private static readonly DateOnly Today = new(2027, 1, 4);
    private static readonly DayOfWeek[] MonWedFri = [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday];

    private static PlanInput Goal() => new()
    {
        Goal = "10k", By = Today.AddDays(70), Days = MonWedFri, Current = "5k in 28:00", LongRunDay = DayOfWeek.Friday,
    };

    [Fact]
    public void Validate_GoodGoal_GivesTheRequestAndBuildsThePlan()
    {
        var check = (Goal() with { Unit = DistanceUnit.Miles, WeightKg = 70, HeightCm = 175 }).Validate(Today);

        Assert.True(check.IsValid);
        Assert.Empty(check.Warnings);
        var request = Assert.IsType<GoalRequest>(check.Goal);
        Assert.Equal((Today, 10000.0, Today.AddDays(70), DistanceUnit.Miles), (request.Start, request.Goal.Meters, request.By, request.Unit));
        Assert.Equal(TimeSpan.FromMinutes(28), request.Ability.RaceTime);
        Assert.Equal(22.9, request.Bmi!.Value, 1);
        Assert.True(check.Build().Feasible);
    }

    [Theory]
    [InlineData(PlanField.Goal, "marathon", null, null, "Choose a goal distance up to a half marathon")]
    [InlineData(PlanField.Goal, "", null, null, "Choose a goal distance up to a half marathon")]
    [InlineData(PlanField.Current, null, "fast", null, "Write none, the minutes you can run without stopping")]
    [InlineData(PlanField.Current, null, "400min", null, "Write at most 300 minutes (300min)")]
    [InlineData(PlanField.Current, null, "5k in 0:30", null, "0:30 works out at 0:06 /km for your recent run, which is not a running pace")]
    [InlineData(PlanField.Current, null, "5k in 3:00:00", null, "which is not a running pace")]
    [InlineData(PlanField.Current, null, "100m in 0:30", null, "Give a recent run from 400 m to a marathon.")]
    [InlineData(PlanField.TargetTime, null, null, "soon", "Write the target time as mm:ss or h:mm:ss.")]
    [InlineData(PlanField.TargetTime, null, null, "5:00", "5:00 works out at 0:30 /km for your target")]
    public void Validate_BadGoalText_SaysWhichFieldAndWhy(string field, string? goal, string? current, string? target, string message)
    {
        var input = Goal() with { Goal = goal ?? "10k", Current = current ?? "none", TargetTime = target };

        var check = input.Validate(Today);

        Assert.False(check.IsValid);
        Assert.Null(check.Goal);
        Assert.Equal([field], check.Errors.Keys);
        Assert.Contains(message, Assert.Single(check.Errors[field]), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => check.Build());
    }

    [Theory]
    [InlineData(-1, 70, PlanField.Start, "Start today or later.")]
    [InlineData(400, 470, PlanField.Start, "Start within a year, by 2028-01-04.")]
    [InlineData(0, 0, PlanField.By, "Choose a goal day after the start.")]
    [InlineData(0, 732, PlanField.By, "Choose a goal day within 2 years of the start, by 2029-01-04 at the latest.")]
    public void Validate_DatesOutOfBounds_AreRefusedWithPlainWords(int start, int by, string field, string message)
    {
        var check = (Goal() with { Start = Today.AddDays(start), By = Today.AddDays(by) }).Validate(Today);

        Assert.StartsWith(message, Assert.Single(check.Errors[field]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GoalDayInTheYear9999_IsRefusedAtOnce()
    {
        var clock = Stopwatch.StartNew();

        var check = (Goal() with { By = new DateOnly(9999, 12, 31) }).Validate(Today);

        Assert.Contains(PlanField.By, check.Errors.Keys);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{clock.Elapsed}");
    }

    [Fact]
    public void Validate_LatestAllowedGoalDay_BuildsQuickly()
    {
        var check = (Goal() with { By = GoalPlanner.LatestGoalDay(Today) }).Validate(Today);
        var clock = Stopwatch.StartNew();

        var plan = check.Build();

        Assert.True(plan.Feasible);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed}");
    }

    [Theory]
    [InlineData(70.0, null, PlanField.HeightCm, "Give both body mass and height, or neither.")]
    [InlineData(20.0, 170.0, PlanField.WeightKg, "Enter a body mass between 30 and 300 kg, or leave it empty.")]
    [InlineData(70.0, 300.0, PlanField.HeightCm, "Enter a height between 120 and 230 cm, or leave it empty.")]
    public void Validate_BodyOutOfBounds_IsRefused(double? weight, double? height, string field, string message)
    {
        var check = (Goal() with { WeightKg = weight, HeightCm = height }).Validate(Today);

        Assert.Equal(message, Assert.Single(check.Errors[field]));
    }

    [Fact]
    public void Validate_NoDays_NeedsDaysForAGoal()
    {
        var check = (Goal() with { Days = [] }).Validate(Today);

        Assert.Equal("Choose the days you can train.", Assert.Single(check.Errors[PlanField.Days]));
    }

    [Fact]
    public void Validate_ProgrammeWithEveryDayUnticked_IsRefused_LeftOutUsesItsOwnDays()
    {
        var unticked = new PlanInput { Template = "nhs-couch-to-5k", Days = [], DaysChosen = true }.Validate(Today);
        var leftOut = new PlanInput { Template = "nhs-couch-to-5k" }.Validate(Today);

        Assert.Equal("Choose the days you can train: NHS Couch to 5K needs 3 a week.", Assert.Single(unticked.Errors[PlanField.Days]));
        Assert.True(leftOut.IsValid);
    }

    [Fact]
    public void Validate_LongRunDayNotATrainingDay_WarnsButAccepts()
    {
        var check = (Goal() with { LongRunDay = DayOfWeek.Sunday }).Validate(Today);

        Assert.True(check.IsValid);
        Assert.StartsWith("Sunday is not one of your training days", Assert.Single(check.Warnings[PlanField.LongRunDay]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyCurrent_MeansNotRunningYet()
    {
        var check = (Goal() with { Current = " " }).Validate(Today);

        Assert.Same(CurrentAbility.None, check.Goal!.Ability);
    }

    [Theory]
    [InlineData("buds-category-1", "mon,wed,fri", "BUD/S Warning Order, Category I running build-up needs 4 training days a week; you chose 3.")]
    [InlineData("nhs-couch-to-5k", "mon,thu", "NHS Couch to 5K needs 3 training days a week; you chose 2.")]
    public void Validate_ProgrammeNeedsMoreDaysThanTicked_IsAFieldErrorNotAnException(string id, string days, string message)
    {
        Assert.True(WeekdayText.TryParseList(days, out var parsed, out _));

        var check = new PlanInput { Template = id, Days = parsed }.Validate(Today);

        Assert.Equal([PlanField.Days], check.Errors.Keys);
        Assert.Equal(message, Assert.Single(check.Errors[PlanField.Days]));
    }

    [Fact]
    public void Validate_UnknownTemplate_ListsTheProgrammes()
    {
        var check = new PlanInput { Template = "couch" }.Validate(Today);

        Assert.StartsWith("There is no programme 'couch'. Choose one of bridge-5k-to-10k, buds-category-1",
            Assert.Single(check.Errors[PlanField.Template]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CouchTo5KOnThreeDaysInARow_IsValidWithARestDayWarning()
    {
        var input = new PlanInput { Template = "nhs-couch-to-5k", Days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday] };

        var check = input.Validate(Today);

        Assert.True(check.IsValid);
        var warning = Assert.Single(check.Warnings[PlanField.Days]);
        Assert.Contains("rest day between runs", warning, StringComparison.Ordinal);
        Assert.Contains(warning, check.Build().Warnings);
    }

    [Fact]
    public void Validate_TemplateWithoutDays_UsesItsOwnDays()
    {
        var check = new PlanInput { Template = "NHS-COUCH-TO-5K", Start = Today.AddDays(2) }.Validate(Today);

        var plan = check.Build();
        Assert.Equal(Today.AddDays(2), check.Start);
        Assert.Equal(MonWedFri.Order(), plan.Weekdays);
        Assert.Empty(check.Warnings);
    }

    [Fact]
    public void Validate_Times_AreTheSessionsUsualTimesInTheRunnersUnit()
    {
        var input = new PlanInput
        {
            Template = "nhs-couch-to-5k", Days = MonWedFri, Unit = DistanceUnit.Miles,
            Times = new Dictionary<string, string> { ["mon"] = "6:00", ["Wednesday"] = "18:30", ["sat"] = "08:00" },
        };

        var check = input.Validate(Today);
        var plan = check.Build();

        Assert.True(check.IsValid);
        Assert.Equal("Saturday is not among your training days; the time is kept for any session you move there.",
            Assert.Single(check.Warnings[PlanField.Times]));
        Assert.Equal(DistanceUnit.Miles, plan.Unit);
        Assert.True(plan.ForNewRunners);
        Assert.Equal([new TimeOnly(6, 0), new TimeOnly(18, 30), null], plan.Workouts.Take(3).Select(plan.TimeOf));
    }

    [Theory]
    [InlineData("mon", "25:00", "'25:00' for Monday is not a time. Write a time as HH:mm on a 24-hour clock, e.g. 06:00 or 18:30.")]
    [InlineData("someday", "06:00", "'someday' is not a weekday.")]
    public void Validate_BadTimes_AreRefusedUnderTimes(string day, string time, string message)
    {
        var check = new PlanInput { Template = "nhs-couch-to-5k", Times = new Dictionary<string, string> { [day] = time } }.Validate(Today);

        Assert.Equal([PlanField.Times], check.Errors.Keys);
        Assert.StartsWith(message, Assert.Single(check.Errors[PlanField.Times]), StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2030-01-01")]
    public void Validate_StartFarOff_OneStartError_NeverAnOverflow(string start)
    {
        var check = (Goal() with { Start = DateOnly.Parse(start, CultureInfo.InvariantCulture), By = new DateOnly(9999, 12, 31) }).Validate(Today);

        Assert.False(check.IsValid);
        Assert.StartsWith("Start within a year", check.Errors[PlanField.Start][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NullDays_ReadAsNone()
    {
        var check = (Goal() with { Days = null! }).Validate(Today);

        Assert.Equal("Choose the days you can train.", check.Errors[PlanField.Days][0]);
    }

    [Fact]
    public void Validate_TemplateWithAbsurdGoalFields_Refused()
    {
        var check = new PlanInput
        {
            Template = "nhs-couch-to-5k", Days = MonWedFri, By = new DateOnly(9999, 1, 1), Goal = new string('x', 200), WeightKg = 1e308, HeightCm = 170,
        }.Validate(Today);

        Assert.Equal([PlanField.By, PlanField.Goal, PlanField.WeightKg], check.Errors.Keys.Order(StringComparer.Ordinal).ToArray());
    }
}
