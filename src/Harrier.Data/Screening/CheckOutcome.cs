using Harrier.Core.Pain;
using Harrier.Core.Screening;

namespace Harrier.Data.Screening;

/// <summary>What a submitted warning-signs check led to, the same for the web page and the API.</summary>
/// <param name="Result">The check of what could be read (with the pain entry and the recent journal's patterns).</param>
/// <param name="Record">The kept check, or null when it was not kept (something to fix and nothing urgent).</param>
/// <param name="Errors">What to fix, by field, in plain words; empty when all was fine.</param>
/// <param name="Decision">The pain decision after the check (an earlier open warning sign may still decide), when kept.</param>
/// <param name="PlanPaused">True when the runner has an active plan and it is paused now.</param>
public sealed record CheckOutcome(
    RedFlagResult Result, ScreeningRecord? Record, IReadOnlyDictionary<string, string> Errors, PainDecision? Decision, bool PlanPaused)
{
    /// <summary>True when the check was kept: nothing to fix, or an answer needs a clinician today or now (shown at once).</summary>
    public bool Kept => Record is not null;

    /// <summary>True when the pain decision still suspends training because of an earlier warning sign, though this check found
    /// nothing that urgent.</summary>
    public bool EarlierSignStillOpen => Decision is { Action: PainAction.Suspend } && Result.Overall < Urgency.Today;

    /// <summary>
    /// The headline that leads: this check's own, unless an earlier warning sign is still open, which then leads (a calm check
    /// never headlines an all-clear over a sign that still needs a clinician).
    /// </summary>
    public ScreenHeadline Headline => EarlierSignStillOpen
        ? new ScreenHeadline("An earlier warning sign is still open",
            $"This check found nothing more urgent, but {Lower(Decision!.Reason)} Do not run until a clinician has seen you.")
        : Result.Headline;

    /// <summary>The urgency that leads, with <see cref="Headline"/>: at least "today" while an earlier sign is open.</summary>
    public Urgency Urgency => EarlierSignStillOpen ? Urgency.Today : Result.Overall;

    private static string Lower(string reason) =>
        reason.Length > 1 && char.IsUpper(reason[0]) && !char.IsUpper(reason[1]) ? char.ToLowerInvariant(reason[0]) + reason[1..] : reason;
}
