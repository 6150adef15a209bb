namespace Harrier.Data.Plans;

/// <summary>The runner's answer for one planned day, as Today, the session player, the API and the import path give it.</summary>
/// <param name="Date">The session's day in the runner's calendar.</param>
/// <param name="Result">Done, cut short, skipped or it hurt.</param>
public sealed record SessionAnswer(DateOnly Date, SessionResult Result)
{
    /// <summary>Pain during the run, 0–10; needed when it hurt.</summary>
    public int? PainDuringRun { get; init; }

    /// <summary>The runner's run from the log that was this session (checked by the caller: theirs, that day, a run).</summary>
    public int? RunId { get; init; }

    /// <summary>How many seconds of the session were done, for a session cut short.</summary>
    public int? SecondsDone { get; init; }
}
