using Harrier.Core.Activities;

namespace Harrier.Import;

/// <summary>The outcome of reading one activity file: an activity (possibly with issues), or an error.</summary>
/// <remarks>Bad input never throws; it ends here. Exactly one of <see cref="Activity"/> and <see cref="Error"/> is non-null.</remarks>
public sealed record ActivityParseResult(Activity? Activity, IReadOnlyList<ParseIssue> Issues, ParseError? Error)
{
    public bool Succeeded => Activity is not null;

    public static ActivityParseResult Success(Activity activity, IReadOnlyList<ParseIssue> issues) => new(activity, issues, null);

    public static ActivityParseResult Failure(ParseErrorKind kind, string message, IReadOnlyList<ParseIssue>? issues = null) =>
        new(null, issues ?? [], new ParseError(kind, message));
}
