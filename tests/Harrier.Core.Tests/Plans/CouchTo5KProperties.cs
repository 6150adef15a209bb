using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Harrier.Core.Load;
using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Plans;

/// <summary>
/// Property tests over random new-runner 5 km requests: the plan keeps Couch to 5K as published from the week the runner can
/// already do, and the 10% rule holds except at the flagged checkpoints.
/// </summary>
public sealed class CouchTo5KProperties
{
    private static readonly DateOnly Base = new(2027, 1, 4);
    private static readonly Workout[] Template = PlanTemplates.Get("nhs-couch-to-5k").Weeks.SelectMany(w => w.Workouts).ToArray();
    private static readonly string[] Published = Template.Where(w => w.IsCheckpoint).Select(w => w.Title).ToArray();

    [Property(MaxTest = 300)]
    public Property Generate_NewRunner_TenPercentRuleHoldsExceptAtFlaggedCheckpoints() => Prop.ForAll(Requests(), request =>
    {
        var plan = GoalPlanner.Generate(request);
        var baseline = request.Ability.Continuous > TimeSpan.Zero ? request.Ability.Continuous : (TimeSpan?)null;

        Assert.True(GoalPlanner.UsesCouchTo5K(request));
        Assert.DoesNotContain(SingleRunSpike.InPlan(plan, baseline), s => !s.Item.Workout.IsCheckpoint);
    });

    [Property(MaxTest = 300)]
    public Property Generate_NewRunner_FlagsArePublishedCheckpointsOrTheFirstRunAgainstBaseline() => Prop.ForAll(Requests(), request =>
    {
        var plan = GoalPlanner.Generate(request);
        var firstRun = plan.Workouts.FirstOrDefault(w => w.Workout.IsRunning)?.Workout;

        foreach (var flagged in plan.Workouts.Select(w => w.Workout).Where(w => w.IsCheckpoint))
        {
            var published = Published.Contains(flagged.Title) && flagged.CheckpointNote == Workout.CheckpointAdvice;
            var baseline = flagged == firstRun && request.Ability.Continuous > TimeSpan.Zero;
            Assert.True(published || baseline, flagged.Title);
        }

        Assert.All(plan.Workouts.Where(w => Published.Contains(w.Workout.Title)), w => Assert.True(w.Workout.IsCheckpoint, w.Workout.Title));
    });

    [Property(MaxTest = 300)]
    public Property Generate_NewRunner_PublishedSessionsInOrderFromTheWeekTheyCanAlreadyDo() => Prop.ForAll(Requests(), request =>
    {
        var plan = GoalPlanner.Generate(request);
        var entry = EntryWeek(request.Ability);
        var placed = plan.Workouts.Select(w => w.Workout).Where(w => Template.Any(t => t.Title == w.Title)).ToArray();
        var expected = Template.Where(t => placed.Any(p => p.Title == t.Title)).ToArray();

        Assert.Equal(expected.Select(t => t.Title), placed.Select(p => p.Title));
        Assert.All(placed.Zip(expected), p => Assert.Equal(p.Second.Steps, p.First.Steps));
        if (placed.Length == 0)
        {
            return; // a plan of a few days whose only run day became a brisk walk
        }

        Assert.StartsWith($"Week {entry}, run", placed[0].Title, StringComparison.Ordinal);
        var first = Array.FindIndex(Template, t => t.Title == $"Week {entry}, run 1");
        var last = Array.FindIndex(Template, t => t.Title == placed[^1].Title);
        var missing = Template[first..(last + 1)].Count(t => !placed.Any(p => p.Title == t.Title));
        var walks = plan.Weeks[0].Workouts.Count(w => w.Workout.Kind == WorkoutKind.CrossTraining);
        Assert.True(missing <= walks, $"{missing} sessions left out, {walks} brisk walks"); // only week one's capped runs
    });

    [Property(MaxTest = 300)]
    public Property Generate_NewRunner_RestDayBetweenRunsAndWeekOneCap() => Prop.ForAll(Requests(), request =>
    {
        var plan = GoalPlanner.Generate(request);
        var runDays = plan.Workouts.Where(w => w.Workout.IsRunning).Select(w => w.Date).ToArray();
        var weekOne = plan.Workouts.Where(w => w.Date < request.Start.AddDays(7)).Sum(GoalPlannerProperties.EstimatedMeters);

        Assert.All(runDays.Zip(runDays.Skip(1)), p => Assert.True(p.Second.DayNumber - p.First.DayNumber >= 2, $"{p.First} {p.Second}"));
        if (request.Bmi > GoalPlanner.BmiThreshold)
        {
            Assert.True(weekOne < 3000, $"{weekOne} m");
        }
    });

    [Property(MaxTest = 300)]
    public Property Generate_ThreeRunDays_FeasibleOnceItsWeeksAndATaperFitOtherwiseTheFirstSuchDate() =>
        Prop.ForAll(Requests(threeRunDays: true), request =>
        {
            var plan = GoalPlanner.Generate(request);
            var ready = request.Start.AddDays(7 * (10 - EntryWeek(request.Ability) + 1)); // weeks entry..9, then a taper week

            Assert.Equal(request.By >= ready, plan.Feasible);
            Assert.Equal(plan.Feasible ? null : request.By.AddDays(7 * Math.Max(1, (ready.DayNumber - request.By.DayNumber + 6) / 7)),
                plan.EarliestSafeDate);
            Assert.Equal(plan.Feasible, plan.Workouts[^1].Workout.IsGoal);
        });

    /// <summary>The Couch to 5K week a runner joins: the last whose longest run without stopping they can already do.</summary>
    private static int EntryWeek(CurrentAbility ability) =>
        PlanTemplates.Get("nhs-couch-to-5k").Weeks.LastOrDefault(w => w.Workouts.Max(x => x.LongestRunSeconds) <= ability.Continuous.TotalSeconds)
            ?.Number ?? 1;

    private static Arbitrary<GoalRequest> Requests(bool threeRunDays = false)
    {
        var ability = Gen.OneOf(
            Gen.Constant(CurrentAbility.None),
            Gen.Choose(30, 300).Select(s => CurrentAbility.CanRun(TimeSpan.FromSeconds(s))));
        var anyDays = Gen.Choose(1, 127)
            .Select(mask => Enumerable.Range(0, 7).Where(i => (mask & (1 << i)) != 0).Select(i => (DayOfWeek)i).ToArray());
        var spaced = from pattern in Gen.Elements(new[] { 0, 2, 4 }, [0, 2, 5], [0, 3, 5])
                     from shift in Gen.Choose(0, 6)
                     select pattern.Select(p => (DayOfWeek)((p + shift) % 7)).ToArray();
        var request =
            from a in ability
            from goal in Gen.Elements(Distance.FromKilometers(5), Distance.FromMiles(3.1))
            from startOffset in Gen.Choose(0, 6)
            from length in Gen.Choose(2, 300)
            from d in threeRunDays ? spaced : anyDays
            from longRun in Gen.Choose(-1, 6)
            from heavy in Gen.Choose(0, 1)
            from target in Gen.Choose(0, 45)
            select new GoalRequest(Base.AddDays(startOffset), goal, Base.AddDays(startOffset + length), d, a)
            {
                LongRunDay = longRun < 0 ? null : (DayOfWeek)longRun,
                BodyMassKg = heavy == 1 ? 115 : null,
                HeightCm = heavy == 1 ? 175 : null,
                TargetTime = target < 20 ? null : TimeSpan.FromMinutes(target),
            };
        return request.ToArbitrary();
    }
}
