namespace Harrier.Data.Import;

/// <summary>What happened to one file: imported as a run, recognised as a duplicate, or skipped with a reason.</summary>
/// <param name="Unreadable">True when the file could not be read at all (damaged, not an activity format, over a limit);
/// false for files that were read but are simply not runs (another sport, settings, a course).</param>
public sealed record ImportOutcome(
    string File, ImportStatus Status, string Message, int? RunId = null, IReadOnlyList<string>? Issues = null, bool Unreadable = false)
{
    public static ImportOutcome Skipped(string file, string reason) => new(file, ImportStatus.Skipped, reason);

    public static ImportOutcome Failed(string file, string reason) => new(file, ImportStatus.Skipped, reason, Unreadable: true);
}
