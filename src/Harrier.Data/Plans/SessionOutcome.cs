namespace Harrier.Data.Plans;

/// <summary>
/// The runner's answer for one planned day ("done / cut short / skipped / hurt"), with pain scores when it hurt, the run from the
/// log that was the session when one is linked, and how long the session player ran when the session was cut short.
/// </summary>
public sealed class SessionOutcome
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public required string OwnerId { get; set; }

    public DateOnly Date { get; set; }

    public SessionResult Result { get; set; }

    /// <summary>Pain during the run, 0–10, when the runner reported it.</summary>
    public int? PainDuringRun { get; set; }

    /// <summary>The logged or imported run that was this session (see <see cref="Core.Plans.SessionMatch"/>), or null.</summary>
    public int? RunId { get; set; }

    /// <summary>Seconds of the session done when it was cut short (from the session player), or null.</summary>
    public int? SecondsDone { get; set; }

    public DateTime RecordedUtc { get; set; }
}
