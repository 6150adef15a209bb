using Harrier.Core.Troubleshooter;

namespace Harrier.Core.Screening;

/// <summary>
/// One row of the red-flag table: what triggers it, how urgent it is, what the runner should do and what to tell the
/// clinician, with its source and evidence grade. The rows live in <c>Screening/red-flags.rules.json</c>.
/// </summary>
/// <remarks>
/// <para>
/// A rule fires when the runner answers "yes" to <see cref="QuestionId"/> or the pain entry shows <see cref="Pattern"/>,
/// and, when <see cref="MinAge"/> or <see cref="MaxAge"/> is set, the runner's age (in whole years) is known and within
/// those inclusive bounds. Several rules may share one question (for example the age thresholds for new back pain).
/// </para>
/// <para>Wording never diagnoses: it says what a symptom "may" mean and to get it checked.</para>
/// </remarks>
/// <param name="Id">Stable kebab-case id, used in the API and the CLI's JSON.</param>
/// <param name="Urgency">How soon to act when the rule fires.</param>
/// <param name="Action">What to do, in plain words for the runner.</param>
/// <param name="TellClinician">What to tell the clinician, in plain words.</param>
/// <param name="Source">Where the rule comes from (citation, address and EVIDENCE.md section).</param>
/// <param name="Grade">The EVIDENCE.md tag of the claim the rule rests on.</param>
/// <param name="QuestionId">The yes/no question that triggers the rule, or null for a rule read only from the pain entry.</param>
/// <param name="Question">The question in plain words for the runner; present exactly when <see cref="QuestionId"/> is.</param>
/// <param name="Pattern">A pain-entry pattern that triggers the rule without asking.</param>
/// <param name="MinAge">Lowest age, inclusive, at which the rule applies.</param>
/// <param name="MaxAge">Highest age, inclusive, at which the rule applies.</param>
public sealed record RedFlagRule(
    string Id,
    Urgency Urgency,
    string Action,
    string TellClinician,
    string Source,
    EvidenceGrade Grade,
    string? QuestionId = null,
    string? Question = null,
    PainPattern? Pattern = null,
    int? MinAge = null,
    int? MaxAge = null)
{
    /// <summary>True when the rule needs the runner's age.</summary>
    public bool NeedsAge => MinAge is not null || MaxAge is not null;

    /// <summary>Whether the rule fires for these answers, the patterns seen in the pain entry and the runner's age.</summary>
    public bool Fires(RedFlagAnswers answers, IReadOnlySet<PainPattern> patterns, int? age)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(patterns);
        var triggered = (QuestionId is { } q && answers.IsYes(q)) || (Pattern is { } p && patterns.Contains(p));
        return triggered && AgeApplies(age);
    }

    private bool AgeApplies(int? age) => !NeedsAge
        || (age is { } years && (MinAge is null || years >= MinAge) && (MaxAge is null || years <= MaxAge));
}
