using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Plans;

/// <summary>Moving, swapping and timing sessions within the plan's rules, each kept in the history.</summary>
public sealed class PlanEditsTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);
    private static readonly TrainingPlan Nhs = PlanTemplates.Get("nhs-couch-to-5k").Apply(Monday, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);

    [Fact]
    public void Move_ToAFreeDayBetweenRuns_MovesItKeepsItsKeyAndRecordsWhy()
    {
        var edit = PlanEdits.Move(Nhs, Monday.AddDays(2), Monday.AddDays(3), new TimeOnly(6, 0), "Clients at 06:00 on Wednesday", Monday);

        Assert.True(edit.IsValid);
        var moved = edit.Plan!.On(Monday.AddDays(3)).Single();
        Assert.Equal(("Week 1, run 2", "1-2", new TimeOnly(6, 0)), (moved.Workout.Title, moved.Key, edit.Plan.TimeOf(moved)));
        Assert.Empty(edit.Plan.On(Monday.AddDays(2)));
        var change = edit.Change!;
        Assert.Equal((PlanAction.Move, Monday), (change.Action, change.On));
        Assert.Equal("Week 1, run 2 moved from Wednesday 6 January to Thursday 7 January at 06:00: Clients at 06:00 on Wednesday.", change.Reason);
        Assert.Equal(Nhs.Workouts[1], Assert.Single(change.Before));
        Assert.Equal("Week 1, run 2 on Thursday 7 January is next to Week 1, run 3 on Friday 8 January. The NHS advises new runners to rest a day between runs.",
            Assert.Single(edit.Warnings));
    }

    [Theory]
    [InlineData(2, 5, null, PlanEdits.To, "A move keeps your runs in order: choose a day between Tuesday 5 January and Thursday 7 January, or swap")]
    [InlineData(2, 4, null, PlanEdits.To, "Friday 8 January already has a session: swap the two instead.")]
    [InlineData(2, -1, null, PlanEdits.To, "Choose today or a later day.")]
    [InlineData(0, 3, null, PlanEdits.Date, "The session on Monday 4 January is in the past")]
    [InlineData(1, 3, null, PlanEdits.Date, "There is no session on Tuesday 5 January.")]
    [InlineData(2, 3, "", PlanEdits.Reason, "Say why in a few words")]
    public void Move_AgainstTheRules_IsRefusedUnderItsFieldAndChangesNothing(int from, int to, string? reason, string field, string message)
    {
        var today = Monday.AddDays(1);

        var edit = PlanEdits.Move(Nhs, Monday.AddDays(from), Monday.AddDays(to), null, reason ?? "Work trip", today);

        Assert.False(edit.IsValid);
        Assert.Null(edit.Plan);
        Assert.StartsWith(message, Assert.Single(edit.Errors[field]), StringComparison.Ordinal);
    }

    [Fact]
    public void Move_GoalDay_StaysWhereTheRunnerChoseIt()
    {
        var plan = GoalPlanner.Generate(new GoalRequest(Monday, Distance.FromKilometers(5), Monday.AddDays(83),
            [DayOfWeek.Monday, DayOfWeek.Thursday], CurrentAbility.CanRun(TimeSpan.FromMinutes(30))));

        var edit = PlanEdits.Move(plan, plan.GoalDate!.Value, plan.GoalDate.Value.AddDays(1), null, "Race moved", Monday);

        Assert.Contains("Your goal day stays on the day you chose", edit.Errors[PlanEdits.Date][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Move_SameDayWithATime_OnlyChangesTheTime()
    {
        var edit = PlanEdits.Move(Nhs, Monday, Monday, new TimeOnly(18, 30), null, Monday);

        Assert.Equal(new TimeOnly(18, 30), edit.Plan!.TimeOf(edit.Plan.Workouts[0]));
        Assert.Equal(Monday, edit.Plan.Workouts[0].Date);
        Assert.Equal((PlanAction.Retime, "Week 1, run 1 on Monday 4 January is now at 18:30."), (edit.Change!.Action, edit.Change.Reason));
    }

    [Fact]
    public void Swap_TwoSessions_ExchangesTheirDaysAndKeys()
    {
        var edit = PlanEdits.Swap(Nhs, Monday.AddDays(4), Monday.AddDays(7), "Long day at work on Friday", Monday);

        Assert.True(edit.IsValid);
        Assert.Equal(("Week 2, run 1", "2-1"), (edit.Plan!.On(Monday.AddDays(4))[0].Workout.Title, edit.Plan.On(Monday.AddDays(4))[0].Key));
        Assert.Equal(("Week 1, run 3", "1-3"), (edit.Plan.On(Monday.AddDays(7))[0].Workout.Title, edit.Plan.On(Monday.AddDays(7))[0].Key));
        Assert.Equal(PlanAction.Swap, edit.Change!.Action);
        Assert.Equal("Week 1, run 3 (Friday 8 January) and Week 2, run 1 (Monday 11 January) swapped days: Long day at work on Friday.", edit.Change.Reason);
        Assert.Empty(edit.Warnings);
        Assert.Equal(Nhs.Workouts.Count, edit.Plan.Workouts.Count);
    }

    [Fact]
    public void Swap_WeeksApart_IsRefusedSoTheBuildUpKeepsItsOrder()
    {
        var week5 = Nhs.Workouts.First(w => w.Week == 5).Date;

        var edit = PlanEdits.Swap(Nhs, Monday.AddDays(4), week5, "test swap", Monday);

        Assert.False(edit.IsValid);
        Assert.StartsWith("Swap only with a session in the same week or the next: Week 1, run 3 is in week 1 and Week 5, run 1 in week 5",
            Assert.Single(edit.Errors[PlanEdits.With]), StringComparison.Ordinal);
    }

    [Fact]
    public void Swap_WithAnEmptyDay_IsRefused()
    {
        var edit = PlanEdits.Swap(Nhs, Monday, Monday.AddDays(1), "Busy", Monday);

        Assert.Equal("There is no session on Tuesday 5 January.", Assert.Single(edit.Errors[PlanEdits.With]));
    }

    [Fact]
    public void SetTimes_UsualTimes_ApplyToEverySessionOnThoseDaysAndAreRecorded()
    {
        var times = new Dictionary<DayOfWeek, TimeOnly> { [DayOfWeek.Monday] = new(6, 0), [DayOfWeek.Friday] = new(6, 0), [DayOfWeek.Sunday] = new(9, 0) };

        var edit = PlanEdits.SetTimes(Nhs, times, Monday);

        Assert.Equal(new TimeOnly(6, 0), edit.Plan!.TimeOf(edit.Plan.Workouts[^1]));
        Assert.Null(edit.Plan.TimeOf(edit.Plan.Workouts[1]));
        Assert.Equal("Usual session times set: Monday and Friday at 06:00, Sunday at 09:00.", edit.Change!.Reason);
        Assert.Contains("Sunday is not among your training days", Assert.Single(edit.Warnings), StringComparison.Ordinal);
    }
}
