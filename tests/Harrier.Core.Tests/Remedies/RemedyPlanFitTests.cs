using Harrier.Core.Plans;
using Harrier.Core.Remedies;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Remedies;

/// <summary>A remedy experiment beside a plan: its default length fits before the goal day, and a big change of load is flagged.</summary>
public sealed class RemedyPlanFitTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);
    private static readonly TrainingPlan Nhs = PlanTemplates.Get("nhs-couch-to-5k").Apply(Monday);

    private static TrainingPlan Goal(int days) => GoalPlanner.Generate(new GoalRequest(Monday, Distance.FromKilometers(10), Monday.AddDays(days),
        [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Sunday], CurrentAbility.Recent(Distance.FromKilometers(5), TimeSpan.FromMinutes(28))));

    [Fact]
    public void DefaultLength_NoPlan_IsTheSixPairsAVerdictNeeds() =>
        Assert.Equal(new ExperimentLength(6, null, null), RemedyPlanFit.DefaultLength(Monday, 7, null));

    [Fact]
    public void DefaultLength_GoalDayInTenWeeks_FitsFivePairsAndSaysWhyNotSix()
    {
        var plan = Goal(70);

        var length = RemedyPlanFit.DefaultLength(Monday, 7, plan);

        Assert.Equal(5, length.Pairs);
        Assert.Equal(plan.GoalDate, length.GoalDay);
        Assert.Equal("Your goal day is on Monday 15 March 2027: 5 pairs of 7-day periods fit before it. That gives an early estimate but no " +
            "verdict, which needs 6 pairs; for a verdict, start after that day.", length.Note);
        Assert.True(RemedyExperimentDesign.Create("stretch", Monday, 7, length.Pairs, new Random(1)).End < plan.GoalDate);
    }

    [Fact]
    public void DefaultLength_GoalDayTooSoonForAPair_SaysToStartAfterIt()
    {
        var length = RemedyPlanFit.DefaultLength(Nhs.EndDate!.Value.AddDays(-10), 7, Nhs);

        Assert.StartsWith("Your plan ends on Friday 5 March 2027, and not even one pair of 7-day periods fits before it. Start the experiment after that day",
            length.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultLength_GoalDayFarAway_IsSixPairsWithoutANote() =>
        Assert.Equal(6, RemedyPlanFit.DefaultLength(Monday, 7, Goal(200)) is { Pairs: 6, Note: null } ? 6 : 0);

    [Fact]
    public void Load_CouchTo5KOverTwelveWeeks_WarnsOfTheChangeAndOffersToHoldSteady()
    {
        var load = RemedyPlanFit.Load(Monday, Monday.AddDays(55), Nhs);

        Assert.Equal((24 * 60, 3 * 28 * 60), (load.FirstWeekSeconds, load.LastWeekSeconds)); // week 1: 3 × 8 min; week 8: 3 × 28 min
        Assert.StartsWith("Your plan's running goes from 24 min a week in the experiment's first week to 1 h 24 min a week in its last (+250%).",
            load.Warning, StringComparison.Ordinal);
        Assert.True(load.CanHoldSteady);
    }

    [Fact]
    public void Load_SteadyWeeks_NoWarning()
    {
        var load = RemedyPlanFit.Load(Nhs.Weeks[7].Workouts[0].Date, Nhs.Weeks[8].Workouts[^1].Date, Nhs);

        Assert.Null(load.Warning); // weeks 8 and 9: 3 × 28 min and 3 × 30 min
    }

    [Fact]
    public void HoldSteady_Experiment_RepeatsTheCurrentWeekAndMovesTheRestLater()
    {
        var from = Monday.AddDays(14); // week 3
        var to = from.AddDays(27);     // four weeks

        var edit = PlanEdits.HoldSteady(Nhs, from, to, "your experiment with a calf stretch", Monday.AddDays(13));

        var plan = edit.Plan!;
        var during = plan.Workouts.Where(w => w.Date >= from && w.Date <= to).ToArray();
        Assert.Equal(12, during.Length);
        Assert.All(during, w => Assert.Equal(Nhs.Weeks[2].RunSeconds / 3, w.Workout.RunSeconds));
        Assert.Equal(Nhs.Workouts.Count + 9, plan.Workouts.Count);
        Assert.Equal(Nhs.EndDate!.Value.AddDays(21), plan.EndDate);
        Assert.Equal("Week 4, run 1", plan.Workouts.First(w => w.Date > to).Workout.Title);
        var load = RemedyPlanFit.Load(from, to, plan);
        Assert.Null(load.Warning);
        Assert.Equal(PlanAction.Steady, edit.Change!.Action);
        Assert.StartsWith("Held steady for your experiment with a calf stretch: the level of Week 3 is repeated for 3 more weeks", edit.Change.Reason,
            StringComparison.Ordinal);
        Assert.Equal(plan.Workouts.Count, plan.Workouts.Select(w => w.Key).Distinct().Count());
    }
}
