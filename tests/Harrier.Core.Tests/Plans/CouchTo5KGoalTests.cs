using Harrier.Core.Load;
using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Plans;

/// <summary>A new runner's plan starts with NHS Couch to 5K (the thread's runner: nothing to a comfortable 5K in 10 weeks).</summary>
public sealed class CouchTo5KGoalTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);
    private static readonly DayOfWeek[] MonWedFri = [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday];
    private static readonly PlanTemplate Nhs = PlanTemplates.Get("nhs-couch-to-5k");
    private static readonly string[] PublishedCheckpoints = ["Week 2, run 1", "Week 4, run 1", "Week 5, run 3", "Week 6, run 3", "Week 8, run 1"];

    private static GoalRequest Request(int days, CurrentAbility? ability = null, DayOfWeek[]? weekdays = null) =>
        new(Monday, Distance.FromKilometers(5), Monday.AddDays(days), weekdays ?? MonWedFri, ability ?? CurrentAbility.None);

    [Fact]
    public void Generate_ThreadScenarioNoRunningTenWeeks_IsFeasibleOnThePublishedWeeks()
    {
        var plan = GoalPlanner.Generate(Request(70));

        Assert.True(plan.Feasible);
        Assert.Null(plan.EarliestSafeDate);
        var published = Nhs.Apply(Monday, MonWedFri).Workouts;
        Assert.Equal(published, plan.Workouts.Take(27));
        Assert.Equal(PublishedCheckpoints, plan.Workouts.Where(w => w.Workout.IsCheckpoint).Select(w => w.Workout.Title));
        Assert.All(plan.Workouts.Where(w => w.Workout.IsCheckpoint), w => Assert.Equal(Workout.CheckpointAdvice, w.Workout.CheckpointNote));
        Assert.Equal(PublishedCheckpoints, SingleRunSpike.InPlan(plan).Select(s => s.Item.Workout.Title));
    }

    [Fact]
    public void Generate_ThreadScenario_TenthWeekIsALighterTaperThenTheGoalRun()
    {
        var plan = GoalPlanner.Generate(Request(70));

        var week10 = plan.Weeks[9].Workouts.Select(w => (w.Workout.Title, w.Workout.RunSeconds));
        Assert.Equal([("Week 10: taper run", 1080), ("Week 10: taper run", 1080), ("Week 10: taper run", 1080)], week10);
        var goal = plan.Workouts[^1];
        Assert.Equal(new DateOnly(2027, 3, 15), goal.Date);
        Assert.True(goal.Workout.IsGoal);
        Assert.Equal(1980, goal.Workout.RunSeconds); // 10% over week 9's 30 minutes; walk the rest of the 35
        Assert.Contains("walk the rest", goal.Workout.Instruction, StringComparison.Ordinal);
        Assert.Contains(plan.Warnings, w => w.Contains("lighter (a taper)", StringComparison.Ordinal));
        Assert.Contains(plan.Warnings, w => w.Contains("published checkpoints (week 2 run 1, week 4 run 1", StringComparison.Ordinal)
            && w.Contains("hold or repeat if it felt hard", StringComparison.Ordinal));
        Assert.Contains(plan.Warnings, w => w.StartsWith("You don't run yet, so this plan follows NHS Couch to 5K", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_ExactlyNineWeeks_NeedsATaperWeekSoTheEarliestIsTheTenth()
    {
        var plan = GoalPlanner.Generate(Request(63));

        Assert.False(plan.Feasible);
        Assert.Equal(Monday.AddDays(70), plan.EarliestSafeDate);
        Assert.Equal(Nhs.Apply(Monday, MonWedFri).Workouts, plan.Workouts.Take(27));
        Assert.DoesNotContain(plan.Workouts, w => w.Workout.IsGoal);
    }

    [Fact]
    public void Generate_TuesdayStartTenWeeks_RestsTheDayBeforeTheGoal()
    {
        var tuesday = Monday.AddDays(1);
        var request = Request(70) with { Start = tuesday, By = tuesday.AddDays(70), Days = [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday] };

        var plan = GoalPlanner.Generate(request);

        Assert.True(plan.Feasible);
        Assert.DoesNotContain(plan.Workouts, w => w.Date == request.By.AddDays(-1));
        Assert.Equal("Week 9, run 3", plan.Workouts.Last(w => w.Workout.Title.StartsWith("Week 9,", StringComparison.Ordinal)).Workout.Title);
    }

    [Fact]
    public void Generate_ThirteenWeeks_RepeatsWeeksFourAndFiveThenABuildWeekWithALongRun()
    {
        var plan = GoalPlanner.Generate(Request(91) with { LongRunDay = DayOfWeek.Friday });

        Assert.True(plan.Feasible);
        Assert.Equal(["Week 4 again", "Week 5 again"], plan.Workouts.Select(w => w.Workout.Title.Split(',')[0])
            .Where(t => t.EndsWith("again", StringComparison.Ordinal)).Distinct());
        Assert.Equal(["Week 4, run 3", "Week 4 again, run 1"], plan.Workouts.Select(w => w.Workout.Title).SkipWhile(t => t != "Week 4, run 3").Take(2));
        Assert.Equal([("Week 12: easy run", 1680), ("Week 12: easy run", 1680), ("Week 12: long run", 1910)],
            plan.Weeks[11].Workouts.Select(w => (w.Workout.Title, w.Workout.RunSeconds)));
        Assert.Equal(2100, plan.Workouts[^1].Workout.RunSeconds); // the whole 5 km (35 minutes), within 10% of the 31:50 long run
        Assert.DoesNotContain(plan.Workouts, w => w.Workout.Title.Contains("again", StringComparison.Ordinal) && w.Workout.IsCheckpoint);
        Assert.Contains(plan.Warnings, w => w.StartsWith("You have time to spare, so weeks 4 and 5 are planned twice", StringComparison.Ordinal));
        Assert.DoesNotContain(SingleRunSpike.InPlan(plan), s => !s.Item.Workout.IsCheckpoint);
    }

    [Fact]
    public void Generate_BmiOverThirty_WeekOneKeepsTwoRunsUnderThreeKilometresAndRepeatsWeekOneWhenThereIsTime()
    {
        var heavy = Request(91) with { BodyMassKg = 110, HeightCm = 178 };

        var plan = GoalPlanner.Generate(heavy);

        Assert.Equal(["Week 1, run 1", "Week 1, run 2", "Week 1, brisk walk"], plan.Weeks[0].Workouts.Select(w => w.Workout.Title));
        Assert.Equal(WorkoutKind.CrossTraining, plan.Weeks[0].Workouts[2].Workout.Kind);
        Assert.True(plan.Weeks[0].RunSeconds / GoalPlanner.AssumedEasyPace.SecondsPerKilometer * 1000 < 3000);
        Assert.All(plan.Weeks[1].Workouts, w => Assert.StartsWith("Week 1 again", w.Workout.Title, StringComparison.Ordinal));
        Assert.Contains(plan.Warnings, w => w.Contains("under 3 km", StringComparison.Ordinal) && w.Contains("Nielsen 2014", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_CanRunThreeMinutes_JoinsAtWeekThreeAndFlagsItAgainstTheRunnersOwnBaseline()
    {
        var ability = CurrentAbility.CanRun(TimeSpan.FromMinutes(3));

        var plan = GoalPlanner.Generate(Request(70, ability));

        var first = plan.Workouts[0].Workout;
        Assert.Equal("Week 3, run 1", first.Title);
        Assert.True(first.IsCheckpoint);
        Assert.Contains("your longest recent run (3 minutes), though in short bouts", first.CheckpointNote, StringComparison.Ordinal);
        Assert.Equal(["Week 3, run 1", "Week 4, run 1", "Week 5, run 3", "Week 6, run 3", "Week 8, run 1"],
            SingleRunSpike.InPlan(plan, TimeSpan.FromMinutes(3)).Select(s => s.Item.Workout.Title));
        Assert.Contains(plan.Warnings, w => w.StartsWith("Week 3, run 1 is flagged as a checkpoint too", StringComparison.Ordinal));
        Assert.Contains(plan.Warnings, w => w.StartsWith("You can run about 3 minutes without stopping now, so this plan joins NHS Couch " +
            "to 5K at week 3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(60, 1)]
    [InlineData(90, 2)]
    [InlineData(180, 3)]
    [InlineData(360, 4)]
    [InlineData(600, 4)]
    [InlineData(1200, 5)]
    [InlineData(1500, 7)]
    [InlineData(1680, 8)]
    [InlineData(1790, 8)]
    public void Generate_CanRunSeconds_JoinsTheLastWeekWhoseLongestRunTheyCanDo(int seconds, int week)
    {
        var plan = GoalPlanner.Generate(Request(70, CurrentAbility.CanRun(TimeSpan.FromSeconds(seconds))));

        Assert.StartsWith($"Week {week}, run 1", plan.Workouts[0].Workout.Title, StringComparison.Ordinal);
        Assert.True(plan.Feasible);
    }

    [Fact]
    public void Generate_TwoRunDays_DoesSessionsInOrderOverFourteenWeeks()
    {
        var plan = GoalPlanner.Generate(Request(70, weekdays: [DayOfWeek.Tuesday, DayOfWeek.Saturday]));

        Assert.False(plan.Feasible);
        Assert.Equal(Monday.AddDays(105), plan.EarliestSafeDate);
        Assert.Contains("27 Couch to 5K sessions take 14 weeks at 2 runs a week", plan.Warnings[0], StringComparison.Ordinal);
        Assert.Equal(Nhs.Weeks.SelectMany(w => w.Workouts).Take(20), plan.Workouts.Select(w => w.Workout));
    }

    [Theory]
    [InlineData("none", "5k", true)]
    [InlineData("5min", "3.1mi", true)]
    [InlineData("6min", "5k", true)]
    [InlineData("29min", "5k", true)]
    [InlineData("none", "10k", true)]
    [InlineData("3k in 20:00", "10k", true)]
    [InlineData("30min", "5k", false)]
    [InlineData("5k in 28:00", "10k", false)]
    [InlineData("5k in 40:00", "5k", false)]
    public void UsesCouchTo5K_UnderThirtyMinutesWithoutARecentFiveK(string current, string goal, bool expected)
    {
        Assert.True(GoalText.TryParseAbility(current, out var ability));
        Assert.True(GoalText.TryParseDistance(goal, out var distance));

        Assert.Equal(expected, GoalPlanner.UsesCouchTo5K(new GoalRequest(Monday, distance, Monday.AddDays(70), MonWedFri, ability)));
    }
}
