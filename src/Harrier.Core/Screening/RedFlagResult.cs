namespace Harrier.Core.Screening;

/// <summary>The outcome of a red-flag screen.</summary>
/// <param name="Findings">The rules that fired, most urgent first (combinations before single rules of the same urgency).</param>
/// <param name="Overall">The most urgent level among <paramref name="Findings"/>, or <see cref="Urgency.Self"/> when none fired.</param>
/// <param name="UnansweredQuestions">Questions that apply but were not answered, in asking order.</param>
/// <param name="AgeMissing">True when some rules need the runner's age and it was not given.</param>
/// <param name="AnsweredCount">How many questions were answered.</param>
public sealed record RedFlagResult(
    IReadOnlyList<RedFlagFinding> Findings,
    Urgency Overall,
    IReadOnlyList<RedFlagQuestion> UnansweredQuestions,
    bool AgeMissing,
    int AnsweredCount)
{
    /// <summary>The rules that fired, most urgent first.</summary>
    public IReadOnlyList<RedFlagRule> Triggered => Findings.Select(f => f.Rule).ToArray();

    /// <summary>Ids of the questions not answered, in asking order.</summary>
    public IReadOnlyList<string> Unanswered => UnansweredQuestions.Select(q => q.Id).ToArray();

    /// <summary>True when the training plan must be suspended: an emergency or a same-day flag fired.</summary>
    public bool SuspendPlan => Overall >= Urgency.Today;

    /// <summary>Not screened (nothing answered), partly answered, or complete.</summary>
    public ScreenStatus Status => AnsweredCount == 0 ? ScreenStatus.NotScreened
        : UnansweredQuestions.Count > 0 || AgeMissing ? ScreenStatus.Partial
        : ScreenStatus.Complete;

    /// <summary>True when every question that applies was answered and the age was known.</summary>
    public bool IsComplete => Status == ScreenStatus.Complete;

    /// <summary>The headline every output shows.</summary>
    public ScreenHeadline Headline => ScreenHeadline.For(this);
}
