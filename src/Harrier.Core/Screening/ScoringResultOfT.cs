namespace Harrier.Core.Screening;

/// <summary>The result of scoring a questionnaire from raw responses: a score, or the reasons the responses were refused.</summary>
/// <remarks>Bad responses are expected input (a form or a hand-written JSON file), so they come back as errors, not exceptions.</remarks>
public sealed record ScoringResult<T>
    where T : class
{
    /// <summary>A success.</summary>
    public ScoringResult(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
        Errors = [];
    }

    /// <summary>A refusal, with at least one reason.</summary>
    public ScoringResult(IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count, nameof(errors));
        Errors = errors.ToArray();
    }

    /// <summary>The score, or null when the responses were refused.</summary>
    public T? Value { get; }

    /// <summary>Why the responses were refused, one plain sentence each; empty on success.</summary>
    public IReadOnlyList<string> Errors { get; }

    public bool IsValid => Value is not null;
}
