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
    public Property Generate_AnyRequest_HasAnEasierWeekInEveryFourWeeks() => Prop.ForAll(Requests(), request =>
    {
        // The goal day itself is not training: a race week counts by its taper sessions.
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
            .Sum(w => w.Workout.DistanceMeters ?? 0);

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
            var taper = plan.Weeks[^1].Workouts.Where(w => !w.Workout.IsGoal).Sum(w => w.Workout.RunSeconds);
            Assert.True(taper < plan.Weeks[^2].RunSeconds, "taper");
        }
        else
        {
            Assert.True(plan.EarliestSafeDate > request.By);
            Assert.True(GoalPlanner.Generate(request with { By = plan.EarliestSafeDate!.Value }).Feasible);
        }
    });

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
