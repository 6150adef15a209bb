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
    /// <remarks>A later check does not close it, whatever it finds: only the runner saying a clinician has seen them does
    /// (<see cref="Cleared"/>). A warning sign that needed a doctor today is not undone by answering "no" tomorrow.</remarks>
    public bool IsOpen => !Cleared && Overall >= Urgency.Soon;

    /// <summary>
    /// The check that counts on <paramref name="today"/>, the one policy every path reads (the pain decision, triage, the coach's
    /// roster, run sheets): the most urgent check still open (<see cref="IsOpen"/>), the latest of equally urgent ones; with none
    /// open, the latest check taken; null when no check was taken up to that day.
    /// </summary>
    public static PastScreen? Counting(IEnumerable<PastScreen> screens, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(screens);
        var taken = screens.Where(s => s.Day <= today).ToArray();
        return taken.Where(s => s.IsOpen).OrderByDescending(s => s.Overall).ThenByDescending(s => s.TakenUtc).FirstOrDefault()
            ?? taken.MaxBy(s => s.TakenUtc);
    }

    /// <summary>A screen result as it would be stored now.</summary>
    public static PastScreen Of(RedFlagResult result, DateTime takenUtc, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new PastScreen(takenUtc, day, result.Overall, result.Triggered, false);
    }
}
