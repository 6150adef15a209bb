namespace Harrier.Core.Plans;

/// <summary>A workout placed on a day of the runner's calendar.</summary>
/// <param name="Date">The day, in the runner's local calendar.</param>
/// <param name="Week">The plan week it belongs to, from 1.</param>
/// <param name="Workout">What to do.</param>
public sealed record PlannedWorkout(DateOnly Date, int Week, Workout Workout)
{
    /// <summary>
    /// The session's identity within its plan ("3-2": week 3, second session), kept when the session moves to another day; the
    /// plan gives one to every session that has none (<see cref="TrainingPlan.Workouts"/>). Calendar events are keyed by it.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>The time of day the runner set for this session alone (wall clock, runner's zone); null: the weekday's usual time.</summary>
    public TimeOnly? Time { get; init; }
}
