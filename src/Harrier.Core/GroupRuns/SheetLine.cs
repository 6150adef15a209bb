namespace Harrier.Core.GroupRuns;

/// <summary>One runner's line on a run sheet.</summary>
/// <param name="RunnerId">The runner.</param>
/// <param name="Name">Their name.</param>
/// <param name="Readiness">Whether and how they run.</param>
/// <param name="Title">The session's title ("Week 3, run 2"), or what they do instead.</param>
/// <param name="Summary">The main set in a few words ("8 × (1:00 run, 1:30 walk)"), or null.</param>
/// <param name="Effort">How hard, in plain words (target effort or pace), or null.</param>
/// <param name="RunningSeconds">Running time in the session.</param>
/// <param name="OwnPartSeconds">Their part between the shared warm-up and the shared cool-down.</param>
/// <param name="Finish">When they finish their part and rejoin for the cool-down, or null when they do not run.</param>
/// <param name="Notes">Reasons and reminders, most important first (warning sign, go easy, intake due, this morning's pain).</param>
public sealed record SheetLine(
    string RunnerId, string Name, Readiness Readiness, string Title, string? Summary, string? Effort, int RunningSeconds, int OwnPartSeconds,
    DateTimeOffset? Finish, IReadOnlyList<string> Notes);
