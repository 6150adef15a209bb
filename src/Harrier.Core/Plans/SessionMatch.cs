namespace Harrier.Core.Plans;

/// <summary>
/// The one rule for which logged run completes a planned session, used by Today, the API, the run form and the import path.
/// </summary>
/// <remarks>
/// A run is offered for a running session when it started on the session's day and was a run (not a recorded walk or hike). It
/// matches clearly when its recorded time is <see cref="ClearFrom"/> to <see cref="ClearTo"/> times the session's planned time
/// (warm-up, walks and cool-down included, as a watch times the whole session: a watch started after the warm-up still matches)
/// and it is the only such run that day; a clear match is linked without asking, the others are offered. The bounds are
/// Harrier's design choice, not evidence.
/// </remarks>
public static class SessionMatch
{
    public const double ClearFrom = 0.75;
    public const double ClearTo = 1.33;

    /// <summary>How <paramref name="run"/> fits <paramref name="session"/> on its own (ignoring other runs that day).</summary>
    public static SessionMatchKind Of(PlannedWorkout session, LoggedRun run)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(run);
        if (!session.Workout.IsRunning || !run.IsRunning || run.Day != session.Date)
        {
            return SessionMatchKind.None;
        }

        var planned = session.Workout.TotalSeconds;
        var ratio = planned > 0 ? run.Duration.TotalSeconds / planned : 0;
        return ratio is >= ClearFrom and <= ClearTo ? SessionMatchKind.Clear : SessionMatchKind.Possible;
    }

    /// <summary>
    /// The runs to offer for <paramref name="session"/>, closest in time first, each with how it fits; when two runs that day both
    /// fit closely, neither is clear and the runner chooses.
    /// </summary>
    public static IReadOnlyList<(LoggedRun Run, SessionMatchKind Kind)> Candidates(PlannedWorkout session, IEnumerable<LoggedRun> runs)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(runs);
        var planned = Math.Max(1, session.Workout.TotalSeconds);
        var offered = runs.Select(r => (Run: r, Kind: Of(session, r))).Where(c => c.Kind != SessionMatchKind.None)
            .OrderBy(c => Math.Abs(c.Run.Duration.TotalSeconds / planned - 1)).ThenBy(c => c.Run.Id).ToArray();
        return offered.Count(c => c.Kind == SessionMatchKind.Clear) > 1
            ? offered.Select(c => (c.Run, SessionMatchKind.Possible)).ToArray()
            : offered;
    }

    /// <summary>The run that clearly completes <paramref name="session"/>, or null when none (or more than one) does.</summary>
    public static LoggedRun? Clear(PlannedWorkout session, IEnumerable<LoggedRun> runs) =>
        Candidates(session, runs).Where(c => c.Kind == SessionMatchKind.Clear).Select(c => c.Run).FirstOrDefault();
}
