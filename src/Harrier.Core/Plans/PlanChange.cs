namespace Harrier.Core.Plans;

/// <summary>One change made to a plan, kept so a plan is never silently rewritten.</summary>
/// <param name="On">The day the change was made.</param>
/// <param name="Action">What was done.</param>
/// <param name="Reason">Why, in plain words the runner sees.</param>
/// <param name="Before">The planned sessions the change replaced or moved, as they were.</param>
/// <param name="After">The same sessions as they are now planned.</param>
/// <param name="Basis">The model the decision came from, e.g. "Adapted from the pain-monitoring model (Silbernagel 2007)".</param>
public sealed record PlanChange(
    DateOnly On,
    PlanAction Action,
    string Reason,
    IReadOnlyList<PlannedWorkout> Before,
    IReadOnlyList<PlannedWorkout> After,
    string? Basis = null);
