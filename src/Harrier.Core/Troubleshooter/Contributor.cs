using Harrier.Core.Plans;

namespace Harrier.Core.Troubleshooter;

/// <summary>One ranked candidate contributor: why it is suspected (the runner's own evidence) and how strong the research is.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Score">Points from the answers plus points from the log; higher ranks first.</param>
/// <param name="Evidence">The runner's evidence, one sentence each, answers first, then the log.</param>
/// <param name="Grade">The tag of the research behind the rule.</param>
/// <param name="Source">The research behind the rule.</param>
/// <param name="Strength">How strong that research is.</param>
/// <param name="Actions">What to try.</param>
/// <param name="PlanAction">The plan change the rule suggests when it scores strongly.</param>
/// <param name="NotEnoughData">True when the log comparison had too little data to say anything.</param>
/// <param name="Advice">What to change besides exercises.</param>
/// <param name="Refer">True when this contributor points the runner to the red-flag screen and a clinician.</param>
public sealed record Contributor(
    string Id,
    string Title,
    int Score,
    IReadOnlyList<string> Evidence,
    EvidenceGrade Grade,
    string Source,
    string Strength,
    IReadOnlyList<RuleAction> Actions,
    PlanAction PlanAction,
    bool NotEnoughData,
    string? Advice,
    bool Refer);
