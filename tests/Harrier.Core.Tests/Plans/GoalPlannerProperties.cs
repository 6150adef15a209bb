using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Harrier.Core.Load;
using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Plans;

/// <summary>Property tests: over random requests, every generated plan keeps the generator's constraints.</summary>
public sealed class GoalPlannerProperties
{
    private static readonly DateOnly Base = new(2027, 1, 4);

    [Property(MaxTest = 200)]
    public Property Generate_AnyRequest_NoRunMoreThanTenPercentOverThirtyDayLongest() => Prop.ForAll(Requests(), request =>
    {
        var plan = GoalPlanner.Generate(request);
        var baseline = request.Ability.Continuous > TimeSpan.Zero ? request.Ability.Continuous : (TimeSpan?)null;

        Assert.DoesNotContain(SingleRunSpike.InPlan(plan, baseline), s => !s.Item.Workout.IsCheckpoint);
    });

    [Property(MaxTest = 200)]
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

    [Property(MaxTest = 200)]
    public Property Generate_AnyRequestOffCouchTo5K_HasAnEasierWeekInEveryFourWeeks() => Prop.ForAll(Requests(), request =>
    {
        // The goal day itself is not training: a race week counts by its taper sessions. Couch to 5K's published weeks keep their
        // own shape (see CouchTo5KProperties).
        if (GoalPlanner.UsesCouchTo5K(request))
        {
            return;
        }

        var weeks = GoalPlanner.Generate(request).Weeks
            .Select(w => w.Workouts.Where(x => !x.Workout.IsGoal).Sum(x => x.Workout.RunSeconds))
            .ToArray();
        var easier = weeks.Select((s, i) => i > 0 && s < weeks[i - 1]).ToArray();

        for (var last = 4; last < weeks.Length; last++)
        {
            Assert.True(easier[(last - 3)..(last + 1)].Any(e => e), $"weeks {last - 2}–{last + 1} all build: {string.Join(',', weeks)}");
        }
    });

    [Property(MaxTest = 200)]
    public Property Generate_BmiOverThirty_WeekOneUnderThreeKilometres() => Prop.ForAll(Requests(), request =>
    {
        var heavy = request with { BodyMassKg = 115, HeightCm = 175 };

        var plan = GoalPlanner.Generate(heavy);
        var weekOne = plan.Workouts
            .Where(w => w.Date < heavy.Start.AddDays(7) && w.Workout.IsRunning)
            .Sum(EstimatedMeters);

        Assert.True(weekOne < 3000, $"{weekOne} m");
    });

    [Property(MaxTest = 200)]
    public Property Generate_AnyRequest_FeasibleEndsOnGoalOtherwiseGivesEarliestSafeDate() => Prop.ForAll(Requests(), request =>
    {
        var plan = GoalPlanner.Generate(request);

        Assert.All(plan.Workouts, w => Assert.InRange(w.Date, request.Start, request.By));
        if (plan.Feasible)
        {
            Assert.Equal(request.By, plan.Workouts[^1].Date);
            Assert.Equal(request.Goal.Meters, plan.Workouts[^1].Workout.DistanceMeters);
            Assert.True(plan.Workouts[^1].Workout.IsGoal);
            if (GoalPlanner.UsesCouchTo5K(request))
            {
                // Couch to 5K tapers the 7 days before the goal day once there is a spare week: its 27 sessions come first, at the
                // runner's number of run days a week (9 weeks at three).
                var runDays = plan.Workouts.Where(w => w.Workout.IsRunning && !w.Workout.IsGoal).Select(w => w.Date.DayOfWeek).Distinct().Count();
                var spare = request.By >= request.Start.AddDays(7 * ((27 + runDays - 1) / runDays + 1));
                Assert.True(!spare || Running(plan, request.By, 7) < Running(plan, request.By.AddDays(-7), 7), "taper");
            }
            else
            {
                // Compared with the last week that had running (a week whose only run fell on the goal's eve has none).
                var taper = plan.Weeks[^1].Workouts.Where(w => !w.Workout.IsGoal).Sum(w => w.Workout.RunSeconds);
                Assert.True(taper < plan.Weeks.SkipLast(1).Last(w => w.RunSeconds > 0).RunSeconds, "taper");
            }
        }
        else
        {
            Assert.True(plan.EarliestSafeDate > request.By);
            Assert.True(GoalPlanner.Generate(request with { By = plan.EarliestSafeDate!.Value }).Feasible);
        }
    });

    /// <summary>Running seconds in the <paramref name="days"/> days before <paramref name="end"/>.</summary>
    internal static int Running(TrainingPlan plan, DateOnly end, int days) =>
        plan.Workouts.Where(w => w.Date >= end.AddDays(-days) && w.Date < end).Sum(w => w.Workout.RunSeconds);

    /// <summary>Planned distance, or for time-only sessions (Couch to 5K) the running time at the assumed easy pace.</summary>
    internal static double EstimatedMeters(PlannedWorkout w) =>
        w.Workout.DistanceMeters ?? w.Workout.RunSeconds / GoalPlanner.AssumedEasyPace.SecondsPerKilometer * 1000;

    private static Arbitrary<GoalRequest> Requests()
    {
        var ability = Gen.OneOf(
            Gen.Constant(CurrentAbility.None),
            Gen.Choose(1, 90).Select(m => CurrentAbility.CanRun(TimeSpan.FromMinutes(m))),
            Gen.Choose(17 * 60, 45 * 60).Select(s => CurrentAbility.Recent(Distance.FromKilometers(5), TimeSpan.FromSeconds(s))));
        var days = Gen.Choose(1, 127)
            .Select(mask => Enumerable.Range(0, 7).Where(i => (mask & (1 << i)) != 0).Select(i => (DayOfWeek)i).ToArray());
        var request =
            from a in ability
            from goal in Gen.Elements(3.0, 5.0, 10.0, 21.0975)
            from startOffset in Gen.Choose(0, 6)
            from length in Gen.Choose(2, 300)
            from d in days
            from longRun in Gen.Choose(-1, 6)
            from target in Gen.Choose(0, 1)
            select new GoalRequest(Base.AddDays(startOffset), Distance.FromKilometers(goal), Base.AddDays(startOffset + length), d, a)
            {
                LongRunDay = longRun < 0 ? null : (DayOfWeek)longRun,
                TargetTime = target == 0 ? null : TimeSpan.FromMinutes(goal * 6),
            };
        return request.ToArbitrary();
    }
}
