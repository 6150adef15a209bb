namespace Harrier.Core.GroupRuns;

/// <summary>Whether a runner runs their session at a group run, and how.</summary>
public enum Readiness
{
    /// <summary>Runs their session.</summary>
    Ready,

    /// <summary>Runs, easier: pain is not settling, a recent single-run spike, or this morning's pain.</summary>
    GoEasy,

    /// <summary>Does not run: an open warning sign or a paused plan needs a clinician first.</summary>
    NotToday,

    /// <summary>Has a plan, but no session on this day.</summary>
    RestDay,

    /// <summary>Has no plan.</summary>
    NoSession,
}
