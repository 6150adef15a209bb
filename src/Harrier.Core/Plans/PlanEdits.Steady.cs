using System.Globalization;

namespace Harrier.Core.Plans;

public static partial class PlanEdits
{
    /// <summary>
    /// Holds the plan steady from <paramref name="from"/> to <paramref name="to"/> (a remedy experiment): the plan week of the first
    /// session from <paramref name="from"/> on is repeated, week after week, until the last week that overlaps the period, and every
    /// later session (the goal day too) moves later by the same number of weeks, on the same weekdays, so the progression picks up
    /// where it paused. Nothing is skipped, and the change says how far the plan and its goal day moved.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="from">The experiment's first day.</param>
    /// <param name="to">The experiment's last day.</param>
    /// <param name="what">What the plan is held steady for, in the runner's words ("your experiment with a hip-flexor stretch").</param>
    /// <param name="today">The runner's day: the change's date.</param>
    public static PlanEdit HoldSteady(TrainingPlan plan, DateOnly from, DateOnly to, string what, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var first = plan.Workouts.FirstOrDefault(w => w.Date >= from && w.Date >= today && w.Workout.IsRunning && !w.Workout.IsGoal);
        var weeks = (to.DayNumber - from.DayNumber) / 7;
        if (first is null || plan.IsSuspended || weeks < 1)
        {
            Add(errors, Date, plan.IsSuspended ? "Your plan is paused: resume it first."
                : first is null ? "Your plan has no runs left in that time, so there is nothing to hold steady."
                : "The time is shorter than two weeks: there is nothing to hold steady.");
            return new PlanEdit(null, errors, []);
        }

        var level = plan.Workouts.Where(w => w.Week == first.Week).ToArray();
        var later = plan.Workouts.Where(w => w.Week > first.Week).ToArray();
        var copies = Enumerable.Range(1, weeks).SelectMany(k => level.Select(w => w with
        {
            Key = null, Time = null, Date = w.Date.AddDays(7 * k), Week = w.Week + k,
            Workout = w.Workout with { Title = w.Workout.Title + " (held steady)", CheckpointNote = null },
        })).ToArray();
        var moved = later.Select(w => w with { Date = w.Date.AddDays(7 * weeks), Week = w.Week + weeks }).ToArray();
        var goal = later.FirstOrDefault(w => w.Workout.IsGoal);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Held steady for {what.Trim()}: the level of {first.Workout.Title.Split(',')[0]} is repeated for {weeks} more {(weeks == 1 ? "week" : "weeks")} ") +
            string.Create(CultureInfo.InvariantCulture, $"so your running stays the same until {Day(to)}, and the rest of the plan moves {weeks} ") +
            (weeks == 1 ? "week later." : "weeks later.") +
            (goal is null ? "" : $" Your goal day moves from {Day(goal.Date)} to {Day(goal.Date.AddDays(7 * weeks))}.");
        PlannedWorkout[] workouts = [.. plan.Workouts.Where(w => w.Week <= first.Week), .. copies, .. moved];
        if (workouts.Select(w => w.Date).Distinct().Count() < workouts.Length)
        {
            // Weeks that no longer run seven days apart (after sessions were moved) cannot simply be repeated.
            Add(errors, Date, "Your plan's weeks around then have been moved about, so they cannot be repeated as they are.");
            return new PlanEdit(null, errors, []);
        }

        var change = new PlanChange(today, PlanAction.Steady, text, later, [.. copies, .. moved]);
        return new PlanEdit(plan.With(change, workouts), errors, []);
    }
}
