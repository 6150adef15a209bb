namespace Harrier.Data.Import;

/// <summary>
/// What happened to one activity of a file (or to the whole file): imported as a run or as cross-training, a duplicate, or
/// skipped with a reason.
/// </summary>
/// <param name="File">The file's name as found (with "!entry" inside an archive).</param>
/// <param name="Status">Imported, duplicate or skipped.</param>
/// <param name="Message">A phrase for the runner: what was imported, or why not.</param>
/// <param name="RunId">The run it became or duplicates, when there is one.</param>
/// <param name="Issues">Problems found in the file that still allowed reading it, and what a partial recording lacks.</param>
/// <param name="Unreadable">True when the file could not be used at all (damaged, not an activity format, over a limit, physically
/// impossible data); false for files that were read but are simply not runs (another sport, settings, a course, too short).</param>
/// <param name="Session">The activity's 0-based index within a file holding several (a triathlon's legs); null for a file of one.</param>
/// <param name="CrossTraining">True when the activity was kept as cross-training (a swim, ride or transition), not as a run.</param>
public sealed record ImportOutcome(
    string File, ImportStatus Status, string Message, int? RunId = null, IReadOnlyList<string>? Issues = null, bool Unreadable = false,
    int? Session = null, bool CrossTraining = false)
{
    /// <summary>The file name, with "(activity 2)" for the second activity of a file holding several.</summary>
    public string Label => Session is { } s ? FormattableString.Invariant($"{File} (activity {s + 1})") : File;

    public static ImportOutcome Skipped(string file, string reason, int? session = null, IReadOnlyList<string>? issues = null) =>
        new(file, ImportStatus.Skipped, reason, Issues: issues, Session: session);

    public static ImportOutcome Failed(string file, string reason, int? session = null) =>
        new(file, ImportStatus.Skipped, reason, Unreadable: true, Session: session);
}
