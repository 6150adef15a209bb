namespace Harrier.Core.Triage;

/// <summary>What one log comparison found.</summary>
/// <param name="Points">Points added to the contributor's score (0 when the log does not point at it).</param>
/// <param name="Lines">Evidence sentences, with numbers.</param>
/// <param name="NotEnoughData">True when there was too little data to compare.</param>
public sealed record LogFinding(int Points, IReadOnlyList<string> Lines, bool NotEnoughData)
{
    public static LogFinding Nothing { get; } = new(0, [], false);

    public static LogFinding TooLittle(string line) => new(0, [line], true);
}
