namespace Harrier.Core.Screening;

/// <summary>The outcome of a red-flag screen.</summary>
/// <param name="Triggered">The rules that fired, most urgent first (table order within one urgency).</param>
/// <param name="Overall">The most urgent level among <paramref name="Triggered"/>, or <see cref="Urgency.Self"/> when none fired.</param>
/// <param name="Unanswered">Question ids not answered yet, in the order they should be asked; the screen is incomplete until empty.</param>
/// <param name="AgeMissing">True when some rules need the runner's age and it was not given.</param>
public sealed record RedFlagResult(
    IReadOnlyList<RedFlagRule> Triggered,
    Urgency Overall,
    IReadOnlyList<string> Unanswered,
    bool AgeMissing)
{
    /// <summary>True when the training plan must be suspended: an emergency or a same-day flag fired.</summary>
    public bool SuspendPlan => Overall >= Urgency.Today;

    /// <summary>True when every question was answered and the age was known.</summary>
    public bool IsComplete => Unanswered.Count == 0 && !AgeMissing;
}
