namespace Harrier.Core.Plans;

/// <summary>
/// The result of a change the runner asked for (<see cref="PlanEdits"/>): the new plan with the change in its history, or the
/// problems keyed by <see cref="PlanEdits"/>' field names (the plan is then unchanged); and cautions that did not stop it.
/// </summary>
public sealed record PlanEdit
{
    internal PlanEdit(TrainingPlan? plan, Dictionary<string, List<string>> errors, IReadOnlyList<string> warnings)
    {
        Plan = errors.Count == 0 ? plan : null;
        Errors = errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        Warnings = warnings;
    }

    /// <summary>The changed plan, or null when there were problems.</summary>
    public TrainingPlan? Plan { get; }

    /// <summary>Field name ("date", "to", "with", "time", "times", "reason") → messages; empty when the change was made.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>Cautions in plain words, such as two runs on consecutive days in a plan for new runners.</summary>
    public IReadOnlyList<string> Warnings { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>The change made (the last in the plan's history), or null when there were problems.</summary>
    public PlanChange? Change => Plan?.Changes[^1];
}
