namespace Harrier.Core.Screening;

/// <summary>The runner's yes/no answers to red-flag questions, keyed by question id. Unanswered questions are absent.</summary>
/// <remarks>Ids are compared ordinally (they are kebab-case ids from <see cref="RedFlagRules"/>, not text typed by the runner).</remarks>
public sealed class RedFlagAnswers
{
    private readonly Dictionary<string, bool> _answers;

    public RedFlagAnswers(IEnumerable<KeyValuePair<string, bool>> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        _answers = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (id, yes) in answers)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(answers));
            if (!_answers.TryAdd(id, yes))
            {
                throw new ArgumentException($"Question '{id}' is answered twice.", nameof(answers));
            }
        }
    }

    /// <summary>No answers yet: only the pain entry and age can trigger rules.</summary>
    public static RedFlagAnswers None { get; } = new([]);

    /// <summary>Every answered question id.</summary>
    public IReadOnlyCollection<string> Answered => _answers.Keys;

    /// <summary>Answers "yes" to the given ids (and nothing else).</summary>
    public static RedFlagAnswers Yes(params IEnumerable<string> ids) => new(ids.Select(id => KeyValuePair.Create(id, true)));

    /// <summary>Answers "no" to the given ids (and nothing else).</summary>
    public static RedFlagAnswers No(params IEnumerable<string> ids) => new(ids.Select(id => KeyValuePair.Create(id, false)));

    public bool IsYes(string questionId) => _answers.TryGetValue(questionId, out var yes) && yes;

    public bool IsAnswered(string questionId) => _answers.ContainsKey(questionId);
}
