namespace Harrier.Import;

/// <summary>The outcome of reading one activity file: its activities (one per session, with issues), or an error.</summary>
/// <remarks>
/// Bad input never throws; it ends here. Either <see cref="Error"/> is set and <see cref="Activities"/> is empty, or there is
/// at least one activity (a file without a recording, such as a settings file, gives one activity skipped with that reason).
/// <see cref="Issues"/> concern the whole file.
/// </remarks>
public sealed record ActivityParseResult(IReadOnlyList<ReadActivity> Activities, IReadOnlyList<ParseIssue> Issues, ParseError? Error)
{
    public bool Succeeded => Error is null;

    public static ActivityParseResult Success(IReadOnlyList<ReadActivity> activities, IReadOnlyList<ParseIssue> issues) =>
        activities.Count > 0 ? new(activities, issues, null) : throw new ArgumentException("A read file has at least one activity.", nameof(activities));

    public static ActivityParseResult Failure(ParseErrorKind kind, string message, IReadOnlyList<ParseIssue>? issues = null) =>
        new([], issues ?? [], new ParseError(kind, message));
}
