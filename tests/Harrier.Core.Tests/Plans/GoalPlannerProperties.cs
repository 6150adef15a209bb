using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Harrier.Core.Load;
using Harrier.Core.Plans;

namespace Harrier.Core.Tests.Plans;

/// <summary>Property tests: over random requests, every generated plan keeps the generator's constraints.</summary>
public sealed class GoalPlannerProperties
{
    [Property(MaxTest = 300)]
    public Property Generate_AnyRequest_NoRunMoreThanTenPercentOverThirtyDayLongest() => Prop.ForAll(Requests(), request =>
    {
        var plan = GoalPlanner.Generate(request);
        var baseline = request.Ability.Continuous > TimeSpan.Zero ? request.Ability.Continuous : (TimeSpan?)null;

        Assert.DoesNotContain(SingleRunSpike.InPlan(plan, baseline), s => !s.Item.Workout.IsCheckpoint);
    });

    [Property(MaxTest = 300)]
    public Property Generate_AnyRequest_CheckpointsAreCouchTo5KSessions() => Prop.ForAll(Requests(), request =>
    {
        var plan = GoalPlanner.Generate(request);

        Assert.All(plan.Workouts.Where(w => w.Workout.IsCheckpoint),
            w => Assert.Matches(@"^Week \d( again)?, run \d$", w.Workout.Title));
    });

    [Property(MaxTest = 300)]
    public Property Generate_Novice_NeverRunsOnConsecutiveDays() => Prop.ForAll(Requests(), request =>
    {
        var plan = GoalPlanner.Generate(request);
        var runDays = plan.Workouts.Where(w => w.Workout.IsRunning).Select(w => w.Date).ToArray();

        if (request.Ability.IsNovice)
        {
            Assert.All(runDays.Zip(runDays.Skip(1)),
                p => Assert.True(p.Second.DayNumber - p.First.DayNumber >= 2, $"{p.First} and {p.Second}"));
        }
    });

    [Property(MaxTest = 300)]
    public Property Generate_BmiOverThirty_WeekOneUnderThreeKilometres() => Prop.ForAll(Requests(), request =>
    {
        var heavy = request with { BodyMassKg = 115, HeightCm = 175 };

        var plan = GoalPlanner.Generate(heavy);
        var weekOne = plan.Workouts
            .Where(w => w.Date < heavy.Start.AddDays(7) && w.Workout.IsRunning)
            .Sum(EstimatedMeters);

        Assert.True(weekOne < 3000, $"{weekOne} m");
    });

    [Property(MaxTest = 300)]
    public Property Generate_AnyRequest_FeasibleEndsOnGoalOtherwiseGivesEarliestSafeDate() => Prop.ForAll(Requests(), request =>
    {
        var plan = GoalPlanner.Generate(request);

        Assert.All(plan.Workouts, w => Assert.InRange(w.Date, request.Start, request.By));
        if (plan.Feasible)
        {
            Assert.Null(plan.EarliestSafeDate);
            Assert.Equal(request.By, plan.Workouts[^1].Date);
            Assert.Equal(request.Goal.Meters, plan.Workouts[^1].Workout.DistanceMeters);
            Assert.True(plan.Workouts[^1].Workout.IsGoal);
        }
        else
        {
            Assert.DoesNotContain(plan.Workouts, w => w.Workout.IsGoal);
            Assert.True(plan.EarliestSafeDate > request.By);
            Assert.Equal(request.By.DayOfWeek, plan.EarliestSafeDate!.Value.DayOfWeek);
            Assert.True(GoalPlanner.Generate(request with { By = plan.EarliestSafeDate.Value }).Feasible);
            Assert.False(GoalPlanner.Generate(request with { By = plan.EarliestSafeDate.Value.AddDays(-7) }).Feasible);
        }
    });

    /// <summary>Running seconds in the <paramref name="days"/> days before <paramref name="end"/>.</summary>
    internal static int Running(TrainingPlan plan, DateOnly end, int days) =>
        plan.Workouts.Where(w => w.Date >= end.AddDays(-days) && w.Date < end).Sum(w => w.Workout.RunSeconds);

    /// <summary>Planned distance, or for time-only sessions (Couch to 5K) the running time at the assumed easy pace.</summary>
    internal static double EstimatedMeters(PlannedWorkout w) =>
        w.Workout.DistanceMeters ?? w.Workout.RunSeconds / GoalPlanner.AssumedEasyPace.SecondsPerKilometer * 1000;

    private static Arbitrary<GoalRequest> Requests() => GoalPlanShapeProperties.Requests();
}
