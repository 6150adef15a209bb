using System.Globalization;
using Harrier.Core.Units;

namespace Harrier.Core.Plans;

/// <summary>Pure functions that change a plan after missed sessions or recorded pain; each adds a <see cref="PlanChange"/>.</summary>
/// <remarks>Nothing is skipped: sessions are moved, repeated or eased, never dropped, and the old version is kept in the change.</remarks>
public static partial class PlanAdaptation
{
    /// <summary>How much of a session's running is kept when it is reduced (Harrier's design).</summary>
    public const double ReduceFactor = 0.7;

    /// <summary>How much of the coming week's running is kept in an easier week (as in generated plans).</summary>
    public const double DeloadFactor = GoalPlanner.EasierWeekFactor;

    /// <summary>Moves missed running sessions (before <paramref name="from"/>, not done) and everything after them onto the next
    /// training days from <paramref name="from"/>, in order. When a week or more was missed, the last week done is repeated first.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="done">The dates of the sessions the runner completed.</param>
    /// <param name="today">Today in the runner's calendar: the change's date.</param>
    /// <param name="from">The first day a session may move to (default today); sessions before it and not done are missed.</param>
    public static TrainingPlan Realign(TrainingPlan plan, IReadOnlySet<DateOnly> done, DateOnly today, DateOnly? from = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(done);
        var first = from ?? today;
        var runs = plan.Workouts.Where(w => w.Workout.IsRunning).ToArray();
        var missed = runs.Where(w => w.Date < first && !done.Contains(w.Date)).ToArray();
        if (missed.Length == 0)
        {
            return plan;
        }

        var perWeek = runs.GroupBy(w => w.Week).Max(g => g.Count());
        var lastDoneWeek = runs.Where(w => w.Date < missed[0].Date && done.Contains(w.Date)).Select(w => w.Week).DefaultIfEmpty(0).Max();
        var repeat = missed.Length >= perWeek && lastDoneWeek > 0
            ? runs.Where(w => w.Week == lastDoneWeek).Select(Repeated)
            : [];
        var toMove = runs.Where(w => w.Date >= missed[0].Date && !done.Contains(w.Date)).ToArray();
        var sequence = repeat.Concat(toMove).ToArray();
        var moved = Place(sequence, RunDays(plan), first);
        var action = repeat.Any() ? PlanAction.Repeat : PlanAction.Realign;
        var reason = repeat.Any()
            ? $"You missed {missed.Length} runs, a week or more, so week {lastDoneWeek} is repeated before you pick up where you left off."
            : $"You missed {Count(missed.Length)}. Nothing is skipped: the plan picks up with the missed run on the next training day.";
        return Replace(plan, toMove, moved, new PlanChange(today, action, reason + GoalMoved(toMove, moved), toMove, moved));
    }

    /// <summary>Applies an adjustment made on <paramref name="on"/> to the sessions from <paramref name="from"/> on.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="adjustment">What to do and why; progress and hold change nothing.</param>
    /// <param name="on">The runner's day the change is made (the history's date).</param>
    /// <param name="from">The first day whose sessions may change: today, or tomorrow when today's session is already done.</param>
    public static TrainingPlan Apply(TrainingPlan plan, PlanAdjustment adjustment, DateOnly on, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(adjustment);
        var future = plan.Workouts.Where(w => w.Date >= from && w.Workout.IsRunning && !w.Workout.IsGoal).ToArray();
        return adjustment.Action switch
        {
            PlanAction.Progress or PlanAction.Hold or PlanAction.Realign => plan,
            PlanAction.Suspend => (plan with { IsSuspended = true }).With(Change(on, adjustment, [], []), plan.Workouts),
            PlanAction.Reduce => Ease(plan, future.Take(1).ToArray(), ReduceFactor, "eased", adjustment, on),
            PlanAction.Deload => Ease(plan, future.Where(w => w.Date < from.AddDays(7)).ToArray(), DeloadFactor, "easier week", adjustment, on),
            _ => RepeatLast(plan, adjustment, on, from),
        };
    }

    private static TrainingPlan RepeatLast(TrainingPlan plan, PlanAdjustment adjustment, DateOnly on, DateOnly from)
    {
        var last = plan.Workouts.LastOrDefault(w => w.Date < from && w.Workout.IsRunning);
        if (last is null)
        {
            return plan.With(Change(on, adjustment, [], []), plan.Workouts);
        }

        var copy = Repeated(last);
        var toMove = plan.Workouts.Where(w => w.Date >= from && w.Workout.IsRunning).ToArray();
        var moved = Place([copy, .. toMove], RunDays(plan), from);
        return Replace(plan, toMove, moved, Change(on, adjustment, toMove, moved));
    }

    private static TrainingPlan Ease(
        TrainingPlan plan, PlannedWorkout[] sessions, double factor, string label, PlanAdjustment adjustment, DateOnly on)
    {
        var eased = Scale(sessions, factor, label, plan.Unit);
        return Replace(plan, sessions, eased, Change(on, adjustment, sessions, eased));
    }

    private static PlannedWorkout Repeated(PlannedWorkout w) =>
        w with { Key = null, Time = null, Workout = w.Workout with { Title = w.Workout.Title + " (repeat)", CheckpointNote = null } };

    private static PlanChange Change(
        DateOnly on, PlanAdjustment adjustment, IReadOnlyList<PlannedWorkout> before, IReadOnlyList<PlannedWorkout> after) =>
        new(on, adjustment.Action, adjustment.Reason, before, after, adjustment.Basis, adjustment.About);

    private static PlannedWorkout[] Scale(IEnumerable<PlannedWorkout> sessions, double factor, string label, DistanceUnit unit) =>
        sessions.Select(w =>
        {
            var eased = w.Workout with { Steps = w.Workout.Steps.Select(s => s.IsRunning ? Scale(s, factor) : s).ToArray() };
            return w with
            {
                Workout = eased with
                {
                    Title = $"{w.Workout.Title} ({label})",
                    Instruction = EasedText.Describe(w.Workout, eased, label, unit),
                    CheckpointNote = null,
                },
            };
        }).ToArray();

    private static WorkoutStep Scale(WorkoutStep step, double factor) =>
        new(step.Kind, step.Seconds is { } s ? Math.Max(5, (int)(Math.Floor(s * factor / 5) * 5)) : null, step.Meters * factor);

    /// <summary>Puts sessions in order on the run days from <paramref name="from"/>; a goal day keeps its date unless pushed.</summary>
    private static PlannedWorkout[] Place(PlannedWorkout[] sequence, HashSet<DayOfWeek> days, DateOnly from)
    {
        var placed = new PlannedWorkout[sequence.Length];
        var day = from;
        for (var i = 0; i < sequence.Length; i++)
        {
            while (!days.Contains(day.DayOfWeek) && !(sequence[i].Workout.IsGoal && day == sequence[i].Date))
            {
                day = day.AddDays(1);
            }

            day = sequence[i].Workout.IsGoal && sequence[i].Date > day ? sequence[i].Date : day;
            // A session the plan moves takes the new day's usual time, not a time the runner set for the old day.
            placed[i] = sequence[i] with { Date = day, Time = day == sequence[i].Date ? sequence[i].Time : null };
            day = day.AddDays(1);
        }

        return placed;
    }

    private static HashSet<DayOfWeek> RunDays(TrainingPlan plan) =>
        plan.Workouts.Where(w => w.Workout.IsRunning && !w.Workout.IsGoal).Select(w => w.Date.DayOfWeek).ToHashSet();

    private static TrainingPlan Replace(
        TrainingPlan plan, IReadOnlyList<PlannedWorkout> old, IReadOnlyList<PlannedWorkout> now, PlanChange change)
    {
        var removed = old.ToHashSet(ReferenceEqualityComparer.Instance);
        var taken = now.Select(w => w.Date).ToHashSet();
        // A non-running day (strength, mobility) gives way to a run moved onto its date.
        var kept = plan.Workouts.Where(w => !removed.Contains(w)
            && !(taken.Contains(w.Date) && !w.Workout.IsRunning && w.Date >= change.On));
        return plan.With(change, [.. kept, .. now]);
    }

    private static string GoalMoved(PlannedWorkout[] before, PlannedWorkout[] after)
    {
        var index = before.Select((w, i) => (w, i)).Where(x => x.w.Workout.IsGoal).Select(x => (int?)x.i).FirstOrDefault();
        return index is { } i && after[^(before.Length - i)].Date != before[i].Date
            ? string.Create(CultureInfo.InvariantCulture,
                $" Your goal day moves from {before[i].Date:yyyy-MM-dd} to {after[^(before.Length - i)].Date:yyyy-MM-dd}.")
            : "";
    }

    private static string Count(int runs) => runs == 1 ? "1 run" : string.Create(CultureInfo.InvariantCulture, $"{runs} runs");
}
