using System.Globalization;

namespace Harrier.Core.Plans;

/// <summary>
/// Changes the runner makes to their own plan, within its rules: the usual session times, a session's time, moving a session to
/// another day, swapping two sessions' days, and holding the plan steady through a remedy experiment. Each returns a
/// <see cref="PlanEdit"/>: problems by field (nothing changed) or the plan with one more <see cref="PlanChange"/>.
/// </summary>
/// <remarks>
/// Rules: only sessions from today on move, and only to today or later; the goal day stays where the runner chose it; a move keeps
/// the runs in order (to reorder, swap); a day holds one session; a move or swap says why (up to <see cref="MaxReasonLength"/>
/// characters). In a plan for new runners (<see cref="TrainingPlan.ForNewRunners"/>) a run next to another run is allowed with a
/// warning, as <see cref="PlanInput"/> warns about consecutive training days (NHS: a rest day between runs, EVIDENCE.md §1.1 [V]).
/// </remarks>
public static partial class PlanEdits
{
    public const string Date = "date";
    public const string To = "to";
    public const string With = "with";
    public const string Time = "time";
    public const string Times = "times";
    public const string Reason = "reason";
    public const int MaxReasonLength = 200;

    /// <summary>Sets the usual time of each weekday (replacing the old ones; an empty set clears them).</summary>
    public static PlanEdit SetTimes(TrainingPlan plan, IReadOnlyDictionary<DayOfWeek, TimeOnly> times, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(times);
        var spare = times.Keys.Where(d => !plan.Weekdays.Contains(d)).ToArray();
        IReadOnlyList<string> warnings = spare.Length == 0 ? [] :
            [$"{RestDays.Names(spare)} {(spare.Length == 1 ? "is" : "are")} not among your training days; the time is kept for any session you move there."];
        var reason = times.Count == 0 ? "Usual session times cleared." : $"Usual session times set: {SessionTimeText.Describe(times)}.";
        var changed = (plan with { SessionTimes = times.ToDictionary() })
            .With(new PlanChange(today, PlanAction.Retime, reason, [], []), plan.Workouts);
        return new PlanEdit(changed, [], warnings);
    }

    /// <summary>
    /// Moves the session on <paramref name="date"/> to <paramref name="to"/> (at <paramref name="time"/>, or that day's usual time);
    /// with <paramref name="to"/> equal to <paramref name="date"/> and a time, only the session's time changes.
    /// </summary>
    public static PlanEdit Move(TrainingPlan plan, DateOnly date, DateOnly to, TimeOnly? time, string? reason, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var session = Movable(plan, date, today, Date, errors);
        var retime = to == date && time is not null;
        if (!retime)
        {
            CheckReason(reason, errors);
            CheckTarget(plan, session, date, to, today, errors);
        }

        if (errors.Count > 0 || session is null)
        {
            return new PlanEdit(null, errors, []);
        }

        var moved = session with { Date = to, Time = time };
        var at = time is { } t ? $" at {SessionTimeText.Format(t)}" : "";
        var text = retime
            ? $"{session.Workout.Title} on {Day(date)} is now at {SessionTimeText.Format(time!.Value)}" + Why(reason)
            : $"{session.Workout.Title} moved from {Day(date)} to {Day(to)}{at}" + Why(reason);
        var change = new PlanChange(today, retime ? PlanAction.Retime : PlanAction.Move, text, [session], [moved]);
        var changed = plan.With(change, [.. plan.Workouts.Where(w => !ReferenceEquals(w, session)), moved]);
        return new PlanEdit(changed, errors, RestDayWarnings(changed, [moved]));
    }

    /// <summary>
    /// Swaps the days of the sessions on <paramref name="date"/> and <paramref name="with"/>, which must be in the same week of the
    /// plan or the next (so no session comes more than a week before the ones that build up to it); each takes its new day's
    /// usual time.
    /// </summary>
    public static PlanEdit Swap(TrainingPlan plan, DateOnly date, DateOnly with, string? reason, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var first = Movable(plan, date, today, Date, errors);
        var second = with == date ? null : Movable(plan, with, today, With, errors);
        if (with == date)
        {
            Add(errors, With, "Choose another session to swap with.");
        }
        else if (first is not null && second is not null && Math.Abs(first.Week - second.Week) > 1)
        {
            // A swap across weeks would run a later week's session before the build-up to it: the plan's order is its safety.
            Add(errors, With, string.Create(CultureInfo.InvariantCulture,
                $"Swap only with a session in the same week or the next: {first.Workout.Title} is in week {first.Week} and {second.Workout.Title} in week {second.Week}, so the later one would come before the weeks that build up to it. Move a session to another day instead."));
        }

        CheckReason(reason, errors);
        if (errors.Count > 0 || first is null || second is null)
        {
            return new PlanEdit(null, errors, []);
        }

        PlannedWorkout[] after = [first with { Date = with, Time = null }, second with { Date = date, Time = null }];
        var text = $"{first.Workout.Title} ({Day(date)}) and {second.Workout.Title} ({Day(with)}) swapped days" + Why(reason);
        var change = new PlanChange(today, PlanAction.Swap, text, [first, second], after);
        var changed = plan.With(change, [.. plan.Workouts.Where(w => !ReferenceEquals(w, first) && !ReferenceEquals(w, second)), .. after]);
        return new PlanEdit(changed, errors, RestDayWarnings(changed, after));
    }

    /// <summary>The session on <paramref name="date"/> if the runner may move it; otherwise a problem under <paramref name="field"/>.</summary>
    private static PlannedWorkout? Movable(TrainingPlan plan, DateOnly date, DateOnly today, string field, Dictionary<string, List<string>> errors)
    {
        var sessions = plan.On(date);
        var session = sessions.Count > 0 ? sessions[0] : null;
        var problem = session is null ? $"There is no session on {Day(date)}."
            : date < today ? $"The session on {Day(date)} is in the past; only sessions from today on can move."
            : session.Workout.IsGoal ? "Your goal day stays on the day you chose; to change it, start a new plan."
            : plan.IsSuspended ? "Your plan is paused: resume it first."
            : null;
        if (problem is not null)
        {
            Add(errors, field, problem);
        }

        return problem is null ? session : null;
    }

    private static void CheckTarget(
        TrainingPlan plan, PlannedWorkout? session, DateOnly date, DateOnly to, DateOnly today, Dictionary<string, List<string>> errors)
    {
        if (to == date)
        {
            Add(errors, To, "Choose another day, or give a new time.");
            return;
        }

        if (to < today)
        {
            Add(errors, To, "Choose today or a later day.");
            return;
        }

        if (plan.On(to).Count > 0)
        {
            Add(errors, To, $"{Day(to)} already has a session: swap the two instead.");
            return;
        }

        if (session is not { Workout.IsRunning: true })
        {
            return;
        }

        var runs = plan.Workouts.Where(w => w.Workout.IsRunning && !ReferenceEquals(w, session)).Select(w => w.Date).ToArray();
        var previous = runs.Where(d => d < date).DefaultIfEmpty(DateOnly.MinValue).Max();
        var next = runs.Where(d => d > date).DefaultIfEmpty(DateOnly.MaxValue).Min();
        if (to <= previous || to >= next)
        {
            var earliest = Later(previous.AddDays(1), today);
            var window = next == DateOnly.MaxValue ? $"from {Day(earliest)} on" : $"between {Day(earliest)} and {Day(next.AddDays(-1))}";
            Add(errors, To, $"A move keeps your runs in order: choose a day {window}, or swap this run with the other one.");
        }
    }

    private static void CheckReason(string? reason, Dictionary<string, List<string>> errors)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            Add(errors, Reason, "Say why in a few words; it is kept in your plan's history.");
        }
        else if (reason.Trim().Length > MaxReasonLength)
        {
            Add(errors, Reason, string.Create(CultureInfo.InvariantCulture, $"Keep the reason to {MaxReasonLength} characters."));
        }
    }

    /// <summary>For a plan for new runners: a caution for each moved run that now has a run on the day before or after it.</summary>
    private static string[] RestDayWarnings(TrainingPlan plan, IReadOnlyList<PlannedWorkout> moved)
    {
        if (!plan.ForNewRunners)
        {
            return [];
        }

        var runs = plan.Workouts.Where(w => w.Workout.IsRunning).ToArray();
        return moved.Where(m => m.Workout.IsRunning)
            .SelectMany(m => runs.Where(r => !ReferenceEquals(r, m) && Math.Abs(r.Date.DayNumber - m.Date.DayNumber) == 1)
                .Select(r => $"{m.Workout.Title} on {Day(m.Date)} is next to {r.Workout.Title} on {Day(r.Date)}. The NHS advises new " +
                    "runners to rest a day between runs."))
            .Distinct().ToArray();
    }

    private static string Why(string? reason) => string.IsNullOrWhiteSpace(reason) ? "." : $": {reason.Trim().TrimEnd('.')}.";

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Day(DateOnly day) => day.ToString("dddd d MMMM", CultureInfo.InvariantCulture);

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }
}
