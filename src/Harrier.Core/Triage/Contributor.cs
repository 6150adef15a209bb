using Harrier.Core.Evidence;

namespace Harrier.Core.Triage;

/// <summary>One candidate contributor: why it is suspected (the runner's own evidence) and how strong the research is.</summary>
/// <param name="Id">The rule's id (for links and tests; never shown as text).</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Score">Points from the answers plus points from the log; higher ranks first.</param>
/// <param name="Evidence">The runner's evidence, one sentence each with where it came from, answers first, then the log.</param>
/// <param name="Grade">The evidence grade of the research behind the rule.</param>
/// <param name="Source">The research behind the rule, as a readable citation.</param>
/// <param name="Strength">How strong that research is, in plain words.</param>
/// <param name="Actions">What to try, with the exercise's name and a dose.</param>
/// <param name="NotEnoughData">True when the log comparison had too little data to say anything.</param>
/// <param name="WouldTell">What data would let Harrier say more about this contributor, when its log comparison could.</param>
/// <param name="Advice">What to change besides exercises.</param>
/// <param name="Refer">True when this contributor points the runner to the warning-signs check and a clinician.</param>
public sealed record Contributor(
    string Id,
    string Title,
    int Score,
    IReadOnlyList<string> Evidence,
    EvidenceGrade Grade,
    string Source,
    string Strength,
    IReadOnlyList<SuggestedExercise> Actions,
    bool NotEnoughData,
    string? WouldTell,
    string? Advice,
    bool Refer);
