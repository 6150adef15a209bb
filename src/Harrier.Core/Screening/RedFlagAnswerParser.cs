using System.Text.Json;

namespace Harrier.Core.Screening;

/// <summary>
/// Reads warning-sign answers as the web form, the API and <c>harrier triage</c> send them: question id → "yes", "no" (or JSON
/// true/false), or for a timing question "no" or when it last happened ("now", "in-the-last-12-hours", "12-to-72-hours-ago",
/// "more-than-72-hours-ago"). One reader, so every path accepts and refuses the same answers.
/// </summary>
public static class RedFlagAnswerParser
{
    /// <summary>The wire names of <see cref="SymptomTiming"/>, in order.</summary>
    public static IReadOnlyList<string> TimingNames { get; } = Enum.GetValues<SymptomTiming>().Select(Name).ToArray();

    /// <summary>Reads answers; null values mean "not answered".</summary>
    /// <param name="raw">Question id → value (see the type's summary).</param>
    /// <param name="questions">The questions that may be answered (normally <see cref="RedFlagRules.Questions"/>).</param>
    /// <returns>The answers, or field errors keyed by question id (plain words) when any value is unknown or incomplete.</returns>
    public static (RedFlagAnswers? Answers, IReadOnlyDictionary<string, string> Errors) Parse(
        IEnumerable<KeyValuePair<string, string?>> raw, IReadOnlyList<RedFlagQuestion> questions)
    {
        var (valid, errors) = ParseValid(raw, questions);
        return errors.Count > 0 ? (null, errors) : (valid, errors);
    }

    /// <summary>Reads answers, keeping every answer that could be read even when others could not (so an answer that needs a
    /// clinician now is never lost to a typo elsewhere).</summary>
    /// <returns>The answers that could be read, and field errors keyed by question id for the rest.</returns>
    public static (RedFlagAnswers Valid, IReadOnlyDictionary<string, string> Errors) ParseValid(
        IEnumerable<KeyValuePair<string, string?>> raw, IReadOnlyList<RedFlagQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(questions);
        var byId = questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var answers = new List<KeyValuePair<string, RedFlagAnswer>>();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, value) in raw)
        {
            if (!byId.TryGetValue(id ?? "", out var question))
            {
                errors[id ?? ""] = "There is no warning-sign question with this id.";
            }
            else if (value is not null)
            {
                if (Read(question, value.Trim()) is { } answer)
                {
                    answers.Add(KeyValuePair.Create(id!, answer));
                }
                else
                {
                    errors[id!] = question.Kind == RedFlagQuestionKind.Timing
                        ? $"Answer \"no\", or when it last happened: {string.Join(", ", TimingNames)}."
                        : "Answer \"yes\" or \"no\".";
                }
            }
        }

        return (new RedFlagAnswers(answers), errors);
    }

    /// <summary>Turns a JSON answer value (true, false, a string or null) into the text <see cref="Parse"/> reads.</summary>
    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    /// <summary>The wire name of a timing, e.g. "in-the-last-12-hours".</summary>
    public static string Name(SymptomTiming timing) => JsonSerializer.Serialize(timing, RedFlagRules.SerializerOptions).Trim('"');

    private static RedFlagAnswer? Read(RedFlagQuestion question, string value)
    {
        if (string.Equals(value, "no", StringComparison.OrdinalIgnoreCase))
        {
            return RedFlagAnswer.No;
        }

        if (question.Kind == RedFlagQuestionKind.YesNo)
        {
            return string.Equals(value, "yes", StringComparison.OrdinalIgnoreCase) ? RedFlagAnswer.YesAnswer : null;
        }

        var index = TimingNames.ToList().FindIndex(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : RedFlagAnswer.At((SymptomTiming)index);
    }
}
