namespace Harrier.Core.Screening;

/// <summary>How soon a runner should act on a screening answer. Ordered: a larger value is more urgent.</summary>
/// <remarks>
/// The four levels come from issue 5. <see cref="Emergency"/> and <see cref="Today"/> suspend the training plan
/// (EVIDENCE.md §3, "Any red flag → stop and refer").
/// </remarks>
public enum Urgency
{
    /// <summary>Self-manage with monitoring: keep an eye on it and re-check if it changes.</summary>
    Self = 0,

    /// <summary>See a clinician soon (book an appointment; not an emergency).</summary>
    Soon = 1,

    /// <summary>See a clinician today.</summary>
    Today = 2,

    /// <summary>Emergency now: same-day emergency care.</summary>
    Emergency = 3,
}
