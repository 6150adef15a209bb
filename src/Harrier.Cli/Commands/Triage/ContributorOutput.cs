using Harrier.Core.Plans;
using Harrier.Core.Troubleshooter;

namespace Harrier.Cli.Commands.Triage;

/// <summary>A ranked contributor as <c>harrier triage --json</c> writes it.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Score">Points from the answers and the log (Harrier's design for ordering, not a probability).</param>
/// <param name="Evidence">The runner's own evidence, one sentence each.</param>
/// <param name="Grade">verified, secondary, derived or unverified.</param>
/// <param name="GradeTag">The same grade as EVIDENCE.md's tag: [V], [S], [D] or [U].</param>
/// <param name="Source">The research behind the rule.</param>
/// <param name="Strength">How strong that research is.</param>
/// <param name="Actions">What to try, with a dose.</param>
/// <param name="Advice">What to change besides exercises.</param>
/// <param name="PlanAction">The plan change the rule suggests when it scores strongly.</param>
/// <param name="NotEnoughData">True when the log had too little data for its comparison.</param>
/// <param name="Refer">True when the contributor points to the red-flag screen and a clinician.</param>
internal sealed record ContributorOutput(
    string Id,
    string Title,
    int Score,
    IReadOnlyList<string> Evidence,
    EvidenceGrade Grade,
    string GradeTag,
    string Source,
    string Strength,
    IReadOnlyList<RuleAction> Actions,
    string? Advice,
    PlanAction PlanAction,
    bool NotEnoughData,
    bool Refer)
{
    public static ContributorOutput From(Contributor c) => new(
        c.Id, c.Title, c.Score, c.Evidence, c.Grade, c.Grade.Tag(), c.Source, c.Strength, c.Actions, c.Advice, c.PlanAction,
        c.NotEnoughData, c.Refer);
}
