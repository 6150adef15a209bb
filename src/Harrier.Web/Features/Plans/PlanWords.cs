using Harrier.Core.Plans;

namespace Harrier.Web.Features.Plans;

/// <summary>Plain words for a plan's changes on the pages (the API keeps its lower-case action names).</summary>
public static class PlanWords
{
    /// <summary>What a change did, as the history lists it: "moved on", "paused", "resumed"…</summary>
    public static string Action(PlanAction action) => action switch
    {
        PlanAction.Progress => "carry on",
        PlanAction.Hold => "held at the same level",
        PlanAction.Repeat => "repeated",
        PlanAction.Reduce => "eased",
        PlanAction.Deload => "easier week",
        PlanAction.Suspend => "paused",
        PlanAction.Realign => "moved on",
        PlanAction.Resume => "resumed",
        _ => "changed",
    };
}
