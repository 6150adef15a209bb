namespace Harrier.Core.Screening;

/// <summary>A warning-signs check the runner took earlier, as the pain decision reads it.</summary>
/// <param name="TakenUtc">When it was taken (UTC).</param>
/// <param name="Day">The runner's calendar day it was taken on.</param>
/// <param name="Overall">Its overall urgency.</param>
/// <param name="Findings">The rules that fired, most urgent first.</param>
/// <param name="Cleared">True once the runner said a clinician has seen them about it (or resumed a paused plan after it).</param>
public sealed record PastScreen(DateTime TakenUtc, DateOnly Day, Urgency Overall, IReadOnlyList<RedFlagRule> Findings, bool Cleared)
{
    /// <summary>True while it still asks for a clinician: not cleared, and a flag of at least "soon" fired.</summary>
    public bool IsOpen => !Cleared && Overall >= Urgency.Soon;

    /// <summary>A screen result as it would be stored now.</summary>
    public static PastScreen Of(RedFlagResult result, DateTime takenUtc, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new PastScreen(takenUtc, day, result.Overall, result.Triggered, false);
    }
}
