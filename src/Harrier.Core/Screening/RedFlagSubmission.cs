using System.Globalization;
using Harrier.Core.Answers;
using Harrier.Core.Pain;

namespace Harrier.Core.Screening;

/// <summary>
/// A warning-signs check as a runner sends it (the web form, <c>POST /api/screening/red-flags</c>, an answers file): the answers
/// that could be read, the age when it is valid, and an error in plain words for each field that could not be used.
/// </summary>
/// <remarks>
/// The one policy for a check with mistakes in it (<see cref="Stands"/>): when what was answered already needs a clinician today
/// or now, that result is shown and kept at once, whatever else is unanswered or wrong, and the rest is asked after; otherwise
/// the errors are shown and nothing is kept. An emergency never waits for an age to be corrected.
/// </remarks>
/// <param name="Answers">The answers that could be read.</param>
/// <param name="Age">The age, when it was given and valid.</param>
/// <param name="Errors">Field → what to fix, in plain words: question ids, "age", or "answers" for the form as a whole.</param>
public sealed record RedFlagSubmission(RedFlagAnswers Answers, int? Age, IReadOnlyDictionary<string, string> Errors)
{
    /// <summary>The field key of the age.</summary>
    public const string AgeField = "age";

    /// <summary>The field key of errors about the answers as a whole.</summary>
    public const string AnswersField = "answers";

    /// <summary>Reads a submission.</summary>
    /// <param name="raw">Question id → answer text (see <see cref="RedFlagAnswerParser"/>); null or blank is "not answered".</param>
    /// <param name="age">The age as typed; blank is "not given".</param>
    /// <param name="requireEvery">True when every question that applies must be answered (the web form); otherwise at least one.</param>
    public static RedFlagSubmission Read(IEnumerable<KeyValuePair<string, string?>> raw, string? age, bool requireEvery)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var given = raw.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToArray();
        var (answers, problems) = RedFlagAnswerParser.ParseValid(given, RedFlagRules.Questions);
        var errors = new Dictionary<string, string>(problems, StringComparer.Ordinal);
        var (years, ageError) = ReadAge(age);
        if (ageError is not null)
        {
            errors[AgeField] = ageError;
        }

        var answered = given.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var left = RedFlagRules.Questions.Where(q => !answered.Contains(q.Id) && (q.AskIf is null || answers.IsYes(q.AskIf)))
            .Select(q => q.Label ?? q.Text).Concat(years is null && ageError is null ? ["your age"] : []).ToArray();
        if (requireEvery && left.Length > 0)
        {
            errors[AnswersField] = string.Create(CultureInfo.InvariantCulture,
                $"Answer every question ({left.Length} left: {RedFlagFinding.Join(left)}).");
        }
        else if (given.Length == 0)
        {
            errors[AnswersField] = "Answer at least one warning-sign question.";
        }

        return new RedFlagSubmission(answers, years, errors);
    }

    /// <summary>Reads an age as typed: blank is "not given"; anything else must be a whole number of years within
    /// <see cref="AnswerLimits.Age"/>.</summary>
    public static (int? Age, string? Error) ReadAge(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        return int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var years)
            ? AnswerLimits.Age.Check(years) is { } error ? (null, error) : (years, null)
            : (null, AnswerLimits.Age.NotANumber);
    }

    /// <summary>The check of what could be read, with the pain entries whose patterns count.</summary>
    public RedFlagResult Screen(IEnumerable<PainEntry> entries) => RedFlagScreen.EvaluateWithEntries(Answers, entries, Age);

    /// <summary>True when the submission stands: nothing to fix, or what was answered needs a clinician today or now, which is
    /// shown and kept at once (the rest is asked after).</summary>
    public bool Stands(RedFlagResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Errors.Count == 0 || result.SuspendPlan;
    }
}
