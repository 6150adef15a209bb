namespace Harrier.Core.Activities;

/// <summary>What <see cref="ActivityPlausibility"/> made of an activity read from a file.</summary>
public enum ActivityStatus
{
    /// <summary>A whole, plausible activity.</summary>
    Complete = 0,

    /// <summary>Plausible but incomplete: the summary or part of the recording is missing (see <see cref="ActivityCheck.Missing"/>).</summary>
    Partial = 1,

    /// <summary>Not usable as an activity (see <see cref="ActivityCheck.Reason"/>): a plan, too short, too fast, or damaged.</summary>
    Skipped = 2,
}
