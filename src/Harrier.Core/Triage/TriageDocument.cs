using Harrier.Core.Screening;

namespace Harrier.Core.Triage;

/// <summary>
/// A triage result in the shape <c>POST /api/triage</c> and <c>harrier triage --json</c> both write (serialise with camelCase names
/// and kebab-case enum values). Documented in <c>docs/triage-input.md</c>.
/// </summary>
/// <param name="Decision">The one pain decision: action, reason and basis.</param>
/// <param name="WarningSigns">The warning-signs check that counts, with its findings.</param>
/// <param name="StoppedAtFlag">True when a warning sign needs a clinician today or now: nothing else is given.</param>
/// <param name="Contributors">Contributors that scored, best first, with their place (equal scores share a place).</param>
/// <param name="ToCheck">Patterns to get checked (a possible nerve-root pattern): not ranked, shown before the contributors.</param>
/// <param name="NeedData">Contributors the log could not judge yet, with the data that would tell.</param>
/// <param name="NotIndicated">Contributors nothing points at.</param>
/// <param name="Known">Answers Harrier already knew, with where they came from.</param>
/// <param name="Disclaimer">Harrier informs; it does not diagnose.</param>
public sealed record TriageDocument(
    DecisionDocument Decision,
    WarningSignsDocument WarningSigns,
    bool StoppedAtFlag,
    IReadOnlyList<ContributorDocument> Contributors,
    IReadOnlyList<ContributorDocument> ToCheck,
    IReadOnlyList<ContributorDocument> NeedData,
    IReadOnlyList<ContributorDocument> NotIndicated,
    IReadOnlyList<KnownAnswerDocument> Known,
    string Disclaimer)
{
    /// <summary>Fields of the request that could not be used, by field, in plain words: present only when a warning sign that needs
    /// a clinician today or now was answered anyway (shown at once; the rest is asked after). Null otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Problems { get; init; }

    /// <summary>The line that opens every result.</summary>
    public const string InformsLine = "Harrier informs; it does not diagnose.";

    public static TriageDocument From(TriageResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new TriageDocument(
            DecisionDocument.From(result.Decision),
            WarningSignsDocument.From(result),
            result.StoppedAtFlag,
            result.Ranked.Select(r => ContributorDocument.From(r.Contributor, r.Place, r.Tied)).ToArray(),
            result.ToCheck.Select(c => ContributorDocument.From(c, null, false)).ToArray(),
            result.NeedData.Select(c => ContributorDocument.From(c, null, false)).ToArray(),
            result.NotIndicated.Select(c => ContributorDocument.From(c, null, false)).ToArray(),
            result.Known.Select(k => new KnownAnswerDocument(k.Field, k.Value, k.Origin)).ToArray(),
            $"{InformsLine} {RedFlagScreen.Disclaimer} {TriageResult.Disclaimer}");
    }
}
