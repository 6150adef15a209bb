using Harrier.Core.Load;
using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Plans;

public sealed class GoalPlannerTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);
    private static readonly DayOfWeek[] MonWedFri = [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday];

    [Fact]
    public void Generate_NoRunningTenWeeksTo5K_IsInfeasibleWithEarliestDateAndBestPlan()
    {
        var request = new GoalRequest(Monday, Distance.FromKilometers(5), Monday.AddDays(70), MonWedFri, CurrentAbility.None);

        var plan = GoalPlanner.Generate(request);

        Assert.False(plan.Feasible);
        Assert.NotNull(plan.EarliestSafeDate);
        Assert.True(plan.EarliestSafeDate > request.By);
        Assert.StartsWith("Running 5 km safely by 2027-03-15 is not possible", plan.Warnings[0], StringComparison.Ordinal);
        Assert.Contains(plan.Warnings, w => w.Contains("Couch to 5K", StringComparison.Ordinal));
        Assert.True(plan.EndDate <= request.By);
        Assert.Equal(480, plan.Workouts[0].Workout.RunSeconds);
        Assert.Equal(WorkoutKind.WalkRun, plan.Workouts[0].Workout.Kind);
        Assert.True(GoalPlanner.Generate(request with { By = plan.EarliestSafeDate!.Value }).Feasible);
    }

    [Fact]
    public void Generate_CanRunThirtyMinutesTwelveWeeksTo5K_EndsWithGoalDayAfterTaper()
    {
        var request = new GoalRequest(Monday, Distance.FromKilometers(5), Monday.AddDays(83), MonWedFri,
            CurrentAbility.CanRun(TimeSpan.FromMinutes(30)));

        var plan = GoalPlanner.Generate(request);

        Assert.True(plan.Feasible);
        Assert.Null(plan.EarliestSafeDate);
        var goal = plan.Workouts[^1];
        Assert.Equal(request.By, goal.Date);
        Assert.Equal(5000, goal.Workout.DistanceMeters);
        Assert.Empty(SingleRunSpike.InPlan(plan, TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void Generate_NoviceOnConsecutiveDays_TurnsTheSecondIntoMobility()
    {
        var request = new GoalRequest(Monday, Distance.FromKilometers(5), Monday.AddDays(200),
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday], CurrentAbility.None)
        {
            LongRunDay = DayOfWeek.Saturday,
        };

        var plan = GoalPlanner.Generate(request);

        var tuesdays = plan.Workouts.Where(w => w.Date.DayOfWeek == DayOfWeek.Tuesday).Select(w => w.Workout.Kind).Distinct();
        Assert.Equal([WorkoutKind.Mobility], tuesdays);
        Assert.Contains(plan.Warnings,
            w => w.Contains("Tuesday", StringComparison.Ordinal) && w.Contains("rest day", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_BmiOverThirtyCanRunTwentyMinutes_CapsWeekOneUnderThreeKilometres()
    {
        var ability = CurrentAbility.CanRun(TimeSpan.FromMinutes(20));
        var request = new GoalRequest(Monday, Distance.FromKilometers(5), Monday.AddDays(200), MonWedFri, ability)
        {
            BodyMassKg = 110,
            HeightCm = 178,
        };

        var plan = GoalPlanner.Generate(request);

        Assert.True(plan.Weeks[0].Workouts.Sum(w => w.Workout.DistanceMeters ?? 0) < 3000);
        Assert.Contains(plan.Warnings, w => w.Contains("under 3 km", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_RecentRaceAndFasterTarget_WarnsAboutTheTime()
    {
        var request = new GoalRequest(Monday, Distance.FromKilometers(10), Monday.AddDays(120), MonWedFri,
            CurrentAbility.Recent(Distance.FromKilometers(5), TimeSpan.FromMinutes(32)))
        { TargetTime = TimeSpan.FromMinutes(55) };

        var plan = GoalPlanner.Generate(request);

        Assert.Contains(plan.Warnings, w => w.StartsWith("Your target time needs a VDOT", StringComparison.Ordinal));
        Assert.Contains(plan.Workouts, w => w.Workout.Title.EndsWith("long run", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_MarathonGoal_Throws()
    {
        var request = new GoalRequest(Monday, Distance.FromKilometers(42.195), Monday.AddDays(300), MonWedFri, CurrentAbility.None);

        Assert.Throws<ArgumentOutOfRangeException>(() => GoalPlanner.Generate(request));
    }
}
