using Harrier.Core.Screening;

namespace Harrier.Core.Triage;

/// <summary>The warning-signs check on the wire.</summary>
/// <param name="Status">not-screened, partial or complete for this request's check; null for an earlier check.</param>
/// <param name="Urgency">emergency, today, soon or self.</param>
/// <param name="Heading">The one headline.</param>
/// <param name="Lead">What to do next.</param>
/// <param name="Findings">The warning signs that fired, most urgent first (this request's check only).</param>
/// <param name="Unanswered">Questions not answered (this request's check only).</param>
/// <param name="AgeMissing">True when checks that need the age could not be made.</param>
public sealed record WarningSignsDocument(
    ScreenStatus? Status, Urgency Urgency, string Heading, string Lead, IReadOnlyList<FindingDocument> Findings,
    IReadOnlyList<QuestionDocument> Unanswered, bool AgeMissing)
{
    /// <summary>A check's result on its own.</summary>
    public static WarningSignsDocument From(RedFlagResult screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var headline = screen.Headline;
        return new WarningSignsDocument(screen.Status, screen.Overall, headline.Heading, headline.Lead,
            screen.Findings.Select(FindingDocument.From).ToArray(),
            screen.UnansweredQuestions.Select(q => new QuestionDocument(q.Id, q.Label ?? q.Text)).ToArray(), screen.AgeMissing);
    }

    public static WarningSignsDocument From(TriageResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var screen = result.Screen;
        // The urgency that counts: an earlier open warning sign outranks a calmer check given with the request.
        var urgency = screen is null || result.Urgency > screen.Overall ? result.Urgency : screen.Overall;
        return new WarningSignsDocument(screen?.Status, urgency, result.WarningSigns.Heading, result.WarningSigns.Lead,
            screen?.Findings.Select(FindingDocument.From).ToArray() ?? [],
            screen?.UnansweredQuestions.Select(q => new QuestionDocument(q.Id, q.Label ?? q.Text)).ToArray() ?? [],
            screen?.AgeMissing ?? false);
    }
}
