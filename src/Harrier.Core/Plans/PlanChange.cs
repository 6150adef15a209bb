namespace Harrier.Core.Plans;

/// <summary>One change made to a plan, kept so a plan is never silently rewritten.</summary>
/// <param name="On">The day the change was made.</param>
/// <param name="Action">What was done.</param>
/// <param name="Reason">Why, in plain words the runner sees.</param>
/// <param name="Before">The planned sessions the change replaced or moved, as they were.</param>
/// <param name="After">The same sessions as they are now planned.</param>
/// <param name="Basis">What the decision rests on, with its source (a pain-monitoring decision, a warning sign's rule).</param>
/// <param name="About">The day the decision was about (the run day or screen day), when it came from outside the plan.</param>
public sealed record PlanChange(
    DateOnly On,
    PlanAction Action,
    string Reason,
    IReadOnlyList<PlannedWorkout> Before,
    IReadOnlyList<PlannedWorkout> After,
    string? Basis = null,
    DateOnly? About = null);
