using Harrier.Core.Plans;

namespace Harrier.Core.Troubleshooter;

/// <summary>The troubleshooter's answer: contributors in rank order and one suggested plan action.</summary>
/// <param name="Contributors">Best-supported first.</param>
/// <param name="PlanAction">Progress, hold, repeat, reduce, deload or suspend.</param>
/// <param name="PlanReason">Why that plan action, in plain words.</param>
public sealed record TriageResult(IReadOnlyList<Contributor> Contributors, PlanAction PlanAction, string PlanReason)
{
    /// <summary>The line shown with every result: Harrier informs, it does not diagnose.</summary>
    public const string Disclaimer =
        "These are possible contributors ranked from your answers and your log, not a diagnosis. Answer the red-flag questions first.";
}
