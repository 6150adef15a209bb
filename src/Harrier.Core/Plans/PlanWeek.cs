namespace Harrier.Core.Plans;

/// <summary>One week of a dated plan with its running totals.</summary>
public sealed record PlanWeek(int Number, IReadOnlyList<PlannedWorkout> Workouts)
{
    public int RunSeconds => Workouts.Sum(w => w.Workout.RunSeconds);

    public int LongestRunSeconds => Workouts.Select(w => w.Workout.LongestRunSeconds).DefaultIfEmpty(0).Max();
}
