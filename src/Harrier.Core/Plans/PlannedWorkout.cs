namespace Harrier.Core.Plans;

/// <summary>A workout placed on a day of the runner's calendar.</summary>
/// <param name="Date">The day, in the runner's local calendar.</param>
/// <param name="Week">The plan week it belongs to, from 1.</param>
/// <param name="Workout">What to do.</param>
public sealed record PlannedWorkout(DateOnly Date, int Week, Workout Workout);
