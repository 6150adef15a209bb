using Harrier.Core.Plans;
using Harrier.Data.Plans;

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
        PlanAction.Move => "moved by you",
        PlanAction.Swap => "swapped by you",
        PlanAction.Retime => "times set",
        PlanAction.Steady => "held steady",
        _ => "changed",
    };

    /// <summary>The runner's answer for a session: "done", "skipped", "it hurt".</summary>
    public static string Result(SessionResult result) => result switch
    {
        SessionResult.Done => "done",
        SessionResult.Skipped => "skipped",
        SessionResult.CutShort => "cut short",
        _ => "it hurt",
    };
}
