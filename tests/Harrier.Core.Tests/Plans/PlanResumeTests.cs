using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Plans;

/// <summary>Resuming after a pause: the sessions still to do move later by whole weeks, never earlier, with the runner told the new day.</summary>
public sealed class PlanResumeTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);
    private static readonly PlanAdjustment RedFlag = new(PlanAction.Suspend, "You reported chest pain.", "Warning sign: chest pain. Source: NICE CG95");

    private static TrainingPlan Nhs(DateOnly start) =>
        PlanTemplates.Get("nhs-couch-to-5k").Apply(start, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);

    private static TrainingPlan Paused(TrainingPlan plan, DateOnly on) => PlanAdaptation.Apply(plan, RedFlag, on, on);

    [Fact]
    public void Resume_PlanStartingLaterThanThePause_KeepsEveryDateTheRunnerChose()
    {
        // The runner chose to start next Monday; the warning sign came on Wednesday; a clinician cleared them on Friday.
        var plan = Nhs(Monday.AddDays(7));

        var resumed = PlanAdaptation.Resume(Paused(plan, Monday.AddDays(2)), Monday.AddDays(4), "Seen and cleared.");

        Assert.False(resumed.IsSuspended);
        Assert.Equal(plan.Workouts.Select(w => (w.Date, w.Workout.Title)), resumed.Workouts.Select(w => (w.Date, w.Workout.Title)));
        var change = resumed.Changes[^1];
        Assert.Equal((PlanAction.Resume, Monday.AddDays(4)), (change.Action, change.On));
        Assert.Equal("Seen and cleared. The plan was paused for 2 days and no session fell in that time, so every date stays as it was.",
            change.Reason);
    }

    [Fact]
    public void Resume_TenDaysPaused_MovesWhatIsLeftTwoWeeksLaterOnTheSameWeekdaysWithTheFinalWeekIntact()
    {
        var plan = Nhs(Monday);
        var done = new HashSet<DateOnly> { Monday, Monday.AddDays(2) };

        // Paused on Wednesday of week 1 after the run, resumed ten days later (Saturday of week 2).
        var resumed = PlanAdaptation.Resume(Paused(plan, Monday.AddDays(2)), Monday.AddDays(12), "Seen and cleared.", done);

        var before = plan.Workouts.Where(w => w.Date > Monday.AddDays(2)).ToArray();
        var after = resumed.Workouts.Where(w => w.Date > Monday.AddDays(2)).ToArray();
        Assert.Equal(before.Select(w => w.Workout.Title), after.Select(w => w.Workout.Title));
        Assert.All(before.Zip(after), p => Assert.Equal(p.First.Date.AddDays(14), p.Second.Date));
        Assert.Equal(Monday.AddDays(18), after[0].Date); // week 1's Friday run on the Friday after the resume
        Assert.All(after, w => Assert.Contains(w.Date.DayOfWeek, plan.Weekdays));
        Assert.True(after.Min(w => w.Date) >= Monday.AddDays(12));
        Assert.Equal(plan.Weeks[^1].Workouts.Select(w => (w.Date.DayOfWeek, w.Workout)), resumed.Weeks[^1].Workouts.Select(w => (w.Date.DayOfWeek, w.Workout)));
        Assert.Equal(plan.Workouts.Take(2), resumed.Workouts.Take(2));
        Assert.Contains("move 2 weeks later, on the same weekdays", resumed.Changes[^1].Reason, StringComparison.Ordinal);
        Assert.Contains($"The plan now finishes on {plan.EndDate!.Value.AddDays(14):dddd d MMMM yyyy} instead of {plan.EndDate:dddd d MMMM yyyy}.",
            resumed.Changes[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resume_GoalPlan_MovesTheGoalDayWithItsRunUpAndSaysItMayNeedADecision()
    {
        var request = new GoalRequest(Monday, Distance.FromKilometers(5), Monday.AddDays(83), [DayOfWeek.Monday, DayOfWeek.Thursday],
            CurrentAbility.CanRun(TimeSpan.FromMinutes(30)));
        var plan = GoalPlanner.Generate(request);
        var pausedOn = request.By.AddDays(-12);
        var done = plan.Workouts.Where(w => w.Date < pausedOn).Select(w => w.Date).ToHashSet();

        var resumed = PlanAdaptation.Resume(Paused(plan, pausedOn), request.By.AddDays(-3), "Seen and cleared.", done);

        var goal = resumed.Workouts[^1];
        Assert.True(goal.Workout.IsGoal);
        Assert.Equal(request.By.AddDays(7), goal.Date); // the first session left (Thursday) lands on the Thursday of the resume
        var gaps = plan.Workouts.Where(w => w.Date >= pausedOn).Select(w => request.By.DayNumber - w.Date.DayNumber);
        Assert.Equal(gaps, resumed.Workouts.Where(w => w.Date >= pausedOn).Select(w => goal.Date.DayNumber - w.Date.DayNumber));
        Assert.Contains($"Your goal day moves from {request.By:dddd d MMMM yyyy} to {goal.Date:dddd d MMMM yyyy}.", resumed.Changes[^1].Reason,
            StringComparison.Ordinal);
        Assert.Contains("it now needs a decision", resumed.Changes[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resume_TodaysSessionAlreadyDone_StartsTheRestTomorrowAtTheEarliest()
    {
        var plan = Nhs(Monday);
        var pausedOn = Monday.AddDays(2);
        var today = Monday.AddDays(14); // Monday of week 3, whose session the runner did before resuming
        var done = new HashSet<DateOnly> { Monday, today };

        var resumed = PlanAdaptation.Resume(Paused(plan, pausedOn), today, "Seen.", done);

        Assert.Single(resumed.On(today));
        Assert.Equal(resumed.Workouts.Count, resumed.Workouts.Select(w => w.Date).Distinct().Count());
        Assert.All(resumed.Workouts.Where(w => w.Date > Monday && w.Date != today), w => Assert.True(w.Date > today));
    }

    [Fact]
    public void Resume_NotPaused_ChangesNothing()
    {
        var plan = Nhs(Monday);
        Assert.Same(plan, PlanAdaptation.Resume(plan, Monday.AddDays(3), "Seen."));
    }

    [Fact]
    public void Resume_KeepsEachSessionsKeySoCalendarEventsUpdateInPlace()
    {
        var plan = Nhs(Monday);

        var resumed = PlanAdaptation.Resume(Paused(plan, Monday), Monday.AddDays(9), "Seen.");

        Assert.Equal(plan.Workouts.Select(w => w.Key), resumed.Workouts.Select(w => w.Key));
        Assert.Equal("1-1", resumed.Workouts[0].Key);
        Assert.Equal(Monday.AddDays(14), resumed.Workouts[0].Date);
    }
}
