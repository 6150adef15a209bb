namespace Harrier.Core.Plans;

/// <summary>What the pain-monitoring model says to do with the plan, and why.</summary>
/// <param name="Action">The plan action.</param>
/// <param name="Reason">The reason shown to the runner.</param>
/// <param name="Rule">The name of the table row that decided.</param>
public sealed record PainDecision(PlanAction Action, string Reason, string Rule)
{
    /// <summary>The label every pain-based change carries.</summary>
    public const string Basis = "Adapted from the pain-monitoring model (Silbernagel 2007)";
}
