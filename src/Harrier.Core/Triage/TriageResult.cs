using Harrier.Core.Pain;
using Harrier.Core.Screening;

namespace Harrier.Core.Triage;

/// <summary>What triage gives: the one decision, the warning-signs result when it was part of the request, and the contributors.</summary>
/// <param name="Decision">The pain decision (<see cref="PainTriage.Decide"/>), the same every other path reaches.</param>
/// <param name="Screen">The warning-signs result evaluated with this request, or null when none was given.</param>
/// <param name="Ranked">Contributors that scored, best first; equal scores share a place. Empty when stopped at a flag. Patterns to
/// get checked are never among them (<see cref="ToCheck"/>).</param>
/// <param name="NeedData">Contributors the log could not judge yet, with the data that would tell.</param>
/// <param name="NotIndicated">Contributors neither the answers nor the log point at.</param>
/// <param name="Answers">The answers used: typed ones, and known ones where nothing was typed.</param>
/// <param name="Known">What Harrier knew from the runner's data, with where it came from.</param>
/// <param name="WarningSigns">The headline of the warning-signs check that counts: this request's, else the latest taken, else "not screened".</param>
public sealed record TriageResult(
    PainDecision Decision,
    RedFlagResult? Screen,
    IReadOnlyList<RankedContributor> Ranked,
    IReadOnlyList<Contributor> NeedData,
    IReadOnlyList<Contributor> NotIndicated,
    TriageAnswers Answers,
    IReadOnlyList<KnownAnswer> Known,
    ScreenHeadline WarningSigns)
{
    /// <summary>The line shown with every result: Harrier informs, it does not diagnose.</summary>
    public const string Disclaimer =
        "These are possible contributors ranked from your answers and your log, not a diagnosis. Answer the warning-signs questions first.";

    /// <summary>The urgency of the warning sign that counts (this request's check, or the latest open one), or self when none.</summary>
    public Urgency Urgency { get; init; }

    /// <summary>Patterns to get checked that the answers or the journal point at (a possible nerve-root pattern): never ranked as
    /// a cause, shown apart with what to do.</summary>
    public IReadOnlyList<Contributor> ToCheck { get; init; } = [];

    /// <summary>True when a warning sign needs a clinician today or now: every output stops at the flag, with no contributors.</summary>
    public bool StoppedAtFlag => Decision.Action == PainAction.Suspend;
}
