namespace Harrier.Core.Plans;

/// <summary>One dated session as the API and <c>--json</c> write it.</summary>
/// <param name="Date">The day in the runner's calendar (serialised as YYYY-MM-DD).</param>
/// <param name="Week">The plan week, from 1.</param>
/// <param name="Kind">run, walk-run, cross-training, strength, mobility or rest.</param>
/// <param name="Title">Short name.</param>
/// <param name="Instruction">What to do, in plain words.</param>
/// <param name="RunSeconds">Total running time.</param>
/// <param name="LongestRunSeconds">Longest unbroken running bout.</param>
/// <param name="DistanceMeters">Planned running distance, or null when the session is given by time only.</param>
/// <param name="Checkpoint">True at a hold-or-repeat checkpoint.</param>
/// <param name="CheckpointNote">Why it is a checkpoint.</param>
/// <param name="Goal">True on the goal day.</param>
/// <param name="Effort">Intended effort on the CR-10 scale, if stated.</param>
/// <param name="Steps">The ordered parts.</param>
public sealed record SessionDocument(
    DateOnly Date,
    int Week,
    string Kind,
    string Title,
    string Instruction,
    int RunSeconds,
    int LongestRunSeconds,
    double? DistanceMeters,
    bool Checkpoint,
    string? CheckpointNote,
    bool Goal,
    int? Effort,
    IReadOnlyList<StepDocument> Steps)
{
    /// <summary>The session's time of day, "HH:mm" in the runner's zone, or null when none is set.</summary>
    public string? Time { get; init; }

    /// <summary>The session as the API writes it, at <paramref name="time"/> (the plan's <see cref="TrainingPlan.TimeOf"/>).</summary>
    public static SessionDocument From(PlannedWorkout session, TimeOnly? time = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        var w = session.Workout;
        return new SessionDocument(session.Date, session.Week, WireNames.Of(w.Kind), w.Title, w.Instruction, w.RunSeconds,
            w.LongestRunSeconds, w.DistanceMeters, w.IsCheckpoint, w.CheckpointNote, w.IsGoal, w.Target?.Effort?.Value,
            w.Steps.Select(s => new StepDocument(WireNames.Of(s.Kind), s.SecondsAt(w.Target?.Pace), s.Meters)).ToArray())
        {
            Time = time is { } t ? SessionTimeText.Format(t) : null,
        };
    }
}
