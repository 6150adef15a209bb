using System.Globalization;

namespace Harrier.Core.Plans;

public static partial class PlanAdaptation
{
    /// <summary>
    /// Ends a pause (the runner has been seen and may run again). The sessions still to do (those from the day the plan was paused
    /// on, not done) move later by the fewest whole weeks that put the first of them on or after <paramref name="today"/> (the day
    /// after, when today's session is done): never earlier, on the same weekdays, with the weeks and the final week as they were.
    /// The change's reason says how far the plan moved and the new goal day or finishing day, or that nothing moved.
    /// </summary>
    /// <param name="plan">The plan; one that is not paused is returned unchanged.</param>
    /// <param name="today">Today in the runner's calendar: the change's date.</param>
    /// <param name="reason">Why the plan resumes, in plain words (the start of the change's reason).</param>
    /// <param name="done">The dates of the sessions the runner completed.</param>
    public static TrainingPlan Resume(TrainingPlan plan, DateOnly today, string reason, IReadOnlySet<DateOnly>? done = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (plan.PausedOn is not { } pausedOn)
        {
            return plan;
        }

        done ??= new HashSet<DateOnly>();
        var remaining = plan.Workouts.Where(w => w.Date >= pausedOn && !done.Contains(w.Date)).ToArray();
        var from = done.Contains(today) ? today.AddDays(1) : today;
        var weeks = remaining.Length == 0 || remaining[0].Date >= from ? 0 : (from.DayNumber - remaining[0].Date.DayNumber + 6) / 7;
        var moved = remaining.Select(w => w with { Date = w.Date.AddDays(7 * weeks) }).ToArray();
        var text = reason.Trim() + " " + ResumeText(plan, pausedOn, today, weeks, remaining, moved);
        // Nothing moved: the change records the resumption alone, with no sessions changed.
        var change = weeks == 0 ? new PlanChange(today, PlanAction.Resume, text, [], []) : new PlanChange(today, PlanAction.Resume, text, remaining, moved);
        return Replace(plan with { IsSuspended = false }, remaining, moved, change);
    }

    private static string ResumeText(
        TrainingPlan plan, DateOnly pausedOn, DateOnly today, int weeks, PlannedWorkout[] before, PlannedWorkout[] after)
    {
        var paused = today.DayNumber - pausedOn.DayNumber;
        var days = paused == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{paused} days");
        if (weeks == 0)
        {
            return $"The plan was paused for {days} and no session fell in that time, so every date stays as it was.";
        }

        var count = string.Create(CultureInfo.InvariantCulture, $"{before.Length} sessions still to do move {weeks} {(weeks == 1 ? "week" : "weeks")}");
        var moves = $"The plan was paused for {days}, so the {count} later, on the same weekdays, and nothing is skipped.";
        var goal = before.Select((w, i) => w.Workout.IsGoal ? i : -1).FirstOrDefault(i => i >= 0, -1);
        if (goal >= 0)
        {
            var was = Long(before[goal].Date);
            return $"{moves} Your goal day moves from {was} to {Long(after[goal].Date)}. If {was} is a race or a date you cannot move, " +
                "it now needs a decision: run it as an easy run without racing, or start a new plan for a later goal.";
        }

        return plan.EndDate is { } end && after.Length > 0
            ? $"{moves} The plan now finishes on {Long(after.Max(w => w.Date))} instead of {Long(end)}."
            : moves;
    }

    private static string Long(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
