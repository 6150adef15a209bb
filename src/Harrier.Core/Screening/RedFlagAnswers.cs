namespace Harrier.Core.Screening;

/// <summary>The runner's answers to warning-sign questions, keyed by question id. Unanswered questions are absent.</summary>
/// <remarks>Ids are compared ordinally (they are kebab-case ids from <see cref="RedFlagRules"/>, not text typed by the runner).</remarks>
public sealed class RedFlagAnswers
{
    private readonly Dictionary<string, RedFlagAnswer> _answers;

    /// <summary>Yes/no answers (true is yes).</summary>
    /// <exception cref="ArgumentException">An id is blank or answered twice.</exception>
    public RedFlagAnswers(IEnumerable<KeyValuePair<string, bool>> answers)
        : this(answers?.Select(a => KeyValuePair.Create(a.Key, new RedFlagAnswer(a.Value))) ?? throw new ArgumentNullException(nameof(answers)))
    {
    }

    /// <summary>Answers with their timing where a question asks when.</summary>
    /// <exception cref="ArgumentException">An id is blank or answered twice.</exception>
    public RedFlagAnswers(IEnumerable<KeyValuePair<string, RedFlagAnswer>> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        _answers = new Dictionary<string, RedFlagAnswer>(StringComparer.Ordinal);
        foreach (var (id, answer) in answers)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(answers));
            if (!_answers.TryAdd(id, answer))
            {
                throw new ArgumentException($"Question '{id}' is answered twice.", nameof(answers));
            }
        }
    }

    /// <summary>No answers: nothing was screened; only a pain entry and age can trigger rules.</summary>
    public static RedFlagAnswers None { get; } = new(Array.Empty<KeyValuePair<string, bool>>());

    /// <summary>Every answered question id.</summary>
    public IReadOnlyCollection<string> Answered => _answers.Keys;

    /// <summary>The answers by question id.</summary>
    public IReadOnlyDictionary<string, RedFlagAnswer> All => _answers;

    /// <summary>Answers "yes" to the given ids (and nothing else).</summary>
    public static RedFlagAnswers Yes(params IEnumerable<string> ids) => new(ids.Select(id => KeyValuePair.Create(id, true)));

    /// <summary>Answers "no" to the given ids (and nothing else).</summary>
    public static RedFlagAnswers No(params IEnumerable<string> ids) => new(ids.Select(id => KeyValuePair.Create(id, false)));

    public bool IsYes(string questionId) => _answers.TryGetValue(questionId, out var answer) && answer.Yes;

    /// <summary>When the symptom last happened, for a timing question answered yes; otherwise null.</summary>
    public SymptomTiming? When(string questionId) => _answers.TryGetValue(questionId, out var answer) ? answer.When : null;

    public bool IsAnswered(string questionId) => _answers.ContainsKey(questionId);

    /// <summary>A copy with the given answers added or replaced.</summary>
    public RedFlagAnswers With(IEnumerable<KeyValuePair<string, RedFlagAnswer>> more)
    {
        ArgumentNullException.ThrowIfNull(more);
        var merged = new Dictionary<string, RedFlagAnswer>(_answers, StringComparer.Ordinal);
        foreach (var (id, answer) in more)
        {
            merged[id] = answer;
        }

        return new RedFlagAnswers(merged);
    }
}
