namespace Harrier.Core.Activities;

/// <summary>The verdict on one activity: complete, partial with what is missing, or skipped with the reason.</summary>
/// <param name="Status">Complete, partial or skipped.</param>
/// <param name="Reason">Why it is skipped, as a phrase for the runner ("too short to be a run (0:42, 80 m)"); null otherwise.</param>
/// <param name="Missing">What a partial activity lacks, one phrase each ("the session summary (the file may have been cut short)").</param>
/// <param name="Damaged">True when the data are physically impossible, so the file is damaged rather than simply not a run.</param>
public sealed record ActivityCheck(ActivityStatus Status, string? Reason, IReadOnlyList<string> Missing, bool Damaged = false)
{
    public static ActivityCheck Complete { get; } = new(ActivityStatus.Complete, null, []);

    public static ActivityCheck Skip(string reason, bool damaged = false) => new(ActivityStatus.Skipped, reason, [], damaged);

    public static ActivityCheck Partial(IReadOnlyList<string> missing) => new(ActivityStatus.Partial, null, missing);
}
