using Harrier.Core.Evidence;

namespace Harrier.Core.Screening;

/// <summary>
/// One row of the red-flag table: what triggers it, how urgent it is, what the runner should do and what to tell the
/// clinician, with its source and evidence grade. The rows live in <c>Screening/red-flags.rules.json</c>.
/// </summary>
/// <remarks>
/// <para>
/// A single rule fires when the runner answers "yes" to <see cref="QuestionId"/> (and, for a timing question, the answer's time is
/// one of <see cref="When"/>) or the pain entry shows <see cref="Pattern"/>, and, when <see cref="MinAge"/> or <see cref="MaxAge"/>
/// is set, the runner's age (in whole years) is known and within those inclusive bounds. Several rules may share one question.
/// </para>
/// <para>A combination rule has <see cref="Requires"/> instead: it fires when the single rules it names fired together.</para>
/// <para>Wording never diagnoses: it says what a symptom "may" mean and to get it checked.</para>
/// </remarks>
/// <param name="Id">Stable kebab-case id, used in the API and the CLI's JSON; never shown to a runner.</param>
/// <param name="Label">A short plain name shown to runners, e.g. "a history of cancer".</param>
/// <param name="Urgency">How soon to act when the rule fires.</param>
/// <param name="Action">What to do, in plain words for the runner; in a combination rule "{flags}" names the rules that made it fire.</param>
/// <param name="TellClinician">What to tell the clinician, in plain words ("{flags}" as in <paramref name="Action"/>).</param>
/// <param name="Source">Where the rule comes from, as a readable citation.</param>
/// <param name="Grade">The evidence grade of the claim the rule rests on.</param>
/// <param name="QuestionId">The question that triggers the rule, or null.</param>
/// <param name="Question">The question in plain words; present exactly when <see cref="QuestionId"/> is.</param>
/// <param name="Pattern">A pain-entry pattern that triggers the rule without asking.</param>
/// <param name="MinAge">Lowest age, inclusive, at which the rule applies.</param>
/// <param name="MaxAge">Highest age, inclusive, at which the rule applies.</param>
/// <param name="When">For a timing question: the times at which this rule fires.</param>
/// <param name="AskIf">A question id: this rule's question is a follow-up asked only when that one is answered yes, and it fires
/// only then.</param>
/// <param name="Requires">For a combination rule: the rules that must fire together.</param>
/// <param name="Evidence">Where the claim sits in the evidence base (for maintainers; never shown to runners).</param>
public sealed record RedFlagRule(
    string Id,
    string Label,
    Urgency Urgency,
    string Action,
    string TellClinician,
    string Source,
    EvidenceGrade Grade,
    string? QuestionId = null,
    string? Question = null,
    PainPattern? Pattern = null,
    int? MinAge = null,
    int? MaxAge = null,
    IReadOnlyList<SymptomTiming>? When = null,
    string? AskIf = null,
    RuleCombination? Requires = null,
    string? Evidence = null)
{
    /// <summary>True when the rule needs the runner's age.</summary>
    public bool NeedsAge => MinAge is not null || MaxAge is not null;

    /// <summary>True for a rule that fires from other rules firing together.</summary>
    public bool IsCombination => Requires is not null;

    /// <summary>Whether this single rule fires for these answers, the patterns seen in the pain entry and the runner's age.</summary>
    public bool Fires(RedFlagAnswers answers, IReadOnlySet<PainPattern> patterns, int? age)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(patterns);
        var asked = QuestionId is { } q && answers.IsYes(q) && (When is null || (answers.When(q) is { } t && When.Contains(t)))
            && (AskIf is null || answers.IsYes(AskIf));
        var seen = Pattern is { } p && patterns.Contains(p);
        return (asked || seen) && AgeApplies(age);
    }

    private bool AgeApplies(int? age) => !NeedsAge
        || (age is { } years && (MinAge is null || years >= MinAge) && (MaxAge is null || years <= MaxAge));
}
