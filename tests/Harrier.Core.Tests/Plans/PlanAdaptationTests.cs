using Harrier.Core.Load;
using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Plans;

public sealed class PlanAdaptationTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);
    private static readonly TrainingPlan Nhs = PlanTemplates.Get("nhs-couch-to-5k").Apply(Monday);

    [Fact]
    public void Realign_OneMissedRun_MovesItToNextTrainingDayAndKeepsOrder()
    {
        // Week 1 Monday done, Wednesday missed; today is Thursday.
        var plan = PlanAdaptation.Realign(Nhs, new HashSet<DateOnly> { Monday }, Monday.AddDays(3));

        Assert.Equal(Monday.AddDays(4), plan.Workouts[1].Date); // Friday
        Assert.Equal("Week 1, run 2", plan.Workouts[1].Workout.Title);
        Assert.Equal("Week 1, run 3", plan.Workouts[2].Workout.Title);
        Assert.Equal(Nhs.Workouts.Count, plan.Workouts.Count);
        var change = Assert.Single(plan.Changes);
        Assert.Equal(PlanAction.Realign, change.Action);
        Assert.Equal(Nhs.Workouts[1], change.Before[0]);
        Assert.Contains("Nothing is skipped", change.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Realign_MissedWholeWeek_RepeatsLastWeekDoneThenNeverSkipsAhead()
    {
        var done = Nhs.Weeks[0].Workouts.Select(w => w.Date).ToHashSet();
        var today = Monday.AddDays(14); // all of week 2 missed

        var plan = PlanAdaptation.Realign(Nhs, done, today);

        var next = plan.Workouts.Where(w => w.Date >= today).Select(w => w.Workout.Title).Take(4);
        Assert.Equal(["Week 1, run 1 (repeat)", "Week 1, run 2 (repeat)", "Week 1, run 3 (repeat)", "Week 2, run 1"], next);
        Assert.Equal(PlanAction.Repeat, plan.Changes[^1].Action);
        Assert.Equal(Nhs.Workouts.Count + 3, plan.Workouts.Count);
        Assert.Equal(Nhs.Workouts.Where(w => w.Date >= Monday.AddDays(7)).Select(w => w.Workout.Title),
            plan.Workouts.Where(w => w.Date >= today).Skip(3).Select(w => w.Workout.Title));
    }

    [Fact]
    public void Realign_NothingMissed_ReturnsSamePlan()
    {
        Assert.Same(Nhs, PlanAdaptation.Realign(Nhs, new HashSet<DateOnly> { Monday }, Monday.AddDays(1)));
    }

    private const string Basis = "Adapted from the pain-monitoring model (Silbernagel 2007). Source: test";

    [Fact]
    public void Apply_Deload_MakesComingWeekEasierAndKeepsHistory()
    {
        var today = Monday.AddDays(21);

        var plan = PlanAdaptation.Apply(Nhs, new PlanAdjustment(PlanAction.Deload, "Your morning pain has gone up.", Basis, today), today, today);

        var week = plan.Workouts.Where(w => w.Date >= today && w.Date < today.AddDays(7)).ToArray();
        Assert.Equal(3, week.Length);
        Assert.All(week, w => Assert.Equal((int)(16 * 60 * 0.8), w.Workout.RunSeconds, 30.0));
        Assert.All(week, w => Assert.EndsWith("(easier week)", w.Workout.Title, StringComparison.Ordinal));
        var change = Assert.Single(plan.Changes);
        Assert.Equal(Basis, change.Basis);
        Assert.Equal(today, change.About);
        Assert.Equal(16 * 60, change.Before[0].Workout.RunSeconds);
        Assert.Equal(Nhs.Workouts.Where(w => w.Date >= today.AddDays(7)), plan.Workouts.Where(w => w.Date >= today.AddDays(7)));
    }

    [Fact]
    public void Apply_Suspend_PausesWithTheGivenBasisAndResumes()
    {
        var adjustment = new PlanAdjustment(PlanAction.Suspend, "You reported chest pain.", "Warning sign: chest pain. Source: NICE CG95");

        var plan = PlanAdaptation.Apply(Nhs, adjustment, Monday.AddDays(1), Monday.AddDays(1));

        Assert.True(plan.IsSuspended);
        Assert.Equal(PlanAction.Suspend, plan.Changes[^1].Action);
        Assert.Equal("Warning sign: chest pain. Source: NICE CG95", plan.Changes[^1].Basis);

        var resumed = PlanAdaptation.Resume(plan, Monday.AddDays(15), "Seen by a physiotherapist: cleared to run.");
        Assert.False(resumed.IsSuspended);
        Assert.Equal("Week 1, run 2", resumed.Workouts.First(w => w.Date >= Monday.AddDays(15)).Workout.Title);
        Assert.Equal(2, resumed.Changes.Count);
    }

    [Fact]
    public void Apply_Repeat_RepeatsLastSessionBeforeMovingOn()
    {
        var today = Monday.AddDays(25); // Friday of week 4

        var plan = PlanAdaptation.Apply(Nhs, new PlanAdjustment(PlanAction.Repeat, "A little higher.", Basis), today, today);

        Assert.Equal(["Week 4, run 2 (repeat)", "Week 4, run 3", "Week 5, run 1"],
            plan.Workouts.Where(w => w.Date >= today).Take(3).Select(w => w.Workout.Title));
        Assert.Equal(today, plan.Changes[^1].On);
    }

    [Fact]
    public void Apply_Reduce_EasesOnlyTheFirstSessionFromTheGivenDay()
    {
        var today = Monday; // the run of the day hurt: the change is dated today, the next session is eased
        var plan = PlanAdaptation.Apply(Nhs, new PlanAdjustment(PlanAction.Reduce, "Above 5 during.", Basis), today, today.AddDays(1));

        var upcoming = plan.Workouts.Where(w => w.Date > today).Take(2).ToArray();
        Assert.True(upcoming[0].Workout.RunSeconds < Nhs.Workouts[1].Workout.RunSeconds);
        Assert.Equal(Nhs.Workouts[2], upcoming[1]);
        Assert.Equal(Nhs.Workouts[0], plan.Workouts[0]);
        Assert.Equal(today, plan.Changes[^1].On);
    }

    [Theory]
    [InlineData(PlanAction.Progress)]
    [InlineData(PlanAction.Hold)]
    public void Apply_ProgressOrHold_ChangesNothing(PlanAction action) =>
        Assert.Same(Nhs, PlanAdaptation.Apply(Nhs, new PlanAdjustment(action, "Fine.", Basis), Monday.AddDays(1), Monday.AddDays(1)));

    [Fact]
    public void Realign_MissedRunsNearGoal_MovesGoalDayAndSaysSo()
    {
        var request = new GoalRequest(Monday, Distance.FromKilometers(5), Monday.AddDays(83), [DayOfWeek.Monday, DayOfWeek.Thursday],
            CurrentAbility.CanRun(TimeSpan.FromMinutes(30)));
        var plan = GoalPlanner.Generate(request);
        var today = request.By.AddDays(-3);
        var done = plan.Workouts.Where(w => w.Date < request.By.AddDays(-10)).Select(w => w.Date).ToHashSet();

        var realigned = PlanAdaptation.Realign(plan, done, today);

        Assert.True(realigned.Workouts[^1].Workout.IsGoal);
        Assert.True(realigned.Workouts[^1].Date > request.By);
        Assert.Contains("Your goal day moves", realigned.Changes[^1].Reason, StringComparison.Ordinal);
        Assert.Empty(SingleRunSpike.InPlan(realigned, TimeSpan.FromMinutes(30)));
    }
}
