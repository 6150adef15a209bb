using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Plans;

/// <summary>An eased session's words say what its steps now are.</summary>
public sealed class EasedSessionTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);
    private const string Basis = "Adapted from the pain-monitoring model (Silbernagel 2007). Source: test";

    private static PlannedWorkout EasedNext(TrainingPlan plan, PlanAction action, DateOnly from)
    {
        var eased = PlanAdaptation.Apply(plan, new PlanAdjustment(action, "It hurt.", Basis), from, from);
        return eased.Workouts.First(w => w.Date >= from);
    }

    [Fact]
    public void Reduce_WalkRunSession_SaysTheRunsWereShortenedFromOneMinuteToFortySeconds()
    {
        var plan = PlanTemplates.Get("nhs-couch-to-5k").Apply(Monday);

        var session = EasedNext(plan, PlanAction.Reduce, Monday).Workout;

        Assert.All(session.Steps.Where(s => s.IsRunning), s => Assert.Equal(40, s.Seconds));
        Assert.StartsWith("Eased today: runs shortened from 1:00 to 0:40 (about two thirds of the running, 8:00 → 5:20 in all); walks unchanged. " +
            "As first planned: Brisk 5-minute warm-up walk.", session.Instruction, StringComparison.Ordinal);
        Assert.Equal("Week 1, run 1 (eased)", session.Title);
        Assert.DoesNotContain("70", session.Instruction, StringComparison.Ordinal);
    }

    [Fact]
    public void Deload_ContinuousRun_NamesTheSingleRunAndItsNewLength()
    {
        var plan = PlanTemplates.Get("nhs-couch-to-5k").Apply(Monday);
        var week9 = plan.Weeks[8].Workouts[0].Date;

        var session = EasedNext(plan, PlanAction.Deload, week9).Workout;

        var run = Assert.Single(session.Steps, s => s.IsRunning);
        Assert.Equal(24 * 60, run.Seconds);
        Assert.StartsWith("Easier week: the run is shortened from 30:00 to 24:00 (about four fifths of the running); walks unchanged.",
            session.Instruction, StringComparison.Ordinal);
    }

    [Fact]
    public void Reduce_RunByDistanceInAMilesPlan_GivesTheDistancesInMiles()
    {
        var plan = PlanTemplates.Get("buds-category-1").Apply(Monday) with { Unit = DistanceUnit.Miles };

        var session = EasedNext(plan, PlanAction.Reduce, Monday).Workout;

        Assert.StartsWith("Eased today: the run is shortened from 2.00 mi to 1.40 mi (about seven tenths of the running).", session.Instruction,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Realign_SkippedToday_IsDatedTodayWithTheRunMovedToTomorrowOrLater()
    {
        var plan = PlanTemplates.Get("nhs-couch-to-5k").Apply(Monday);

        var realigned = PlanAdaptation.Realign(plan, new HashSet<DateOnly>(), Monday, from: Monday.AddDays(1));

        Assert.Equal(Monday, realigned.Changes[^1].On);
        Assert.Equal(Monday.AddDays(2), realigned.Workouts[0].Date);
        Assert.Equal("Week 1, run 1", realigned.Workouts[0].Workout.Title);
    }
}
