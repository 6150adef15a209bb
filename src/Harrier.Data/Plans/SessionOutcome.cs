namespace Harrier.Data.Plans;

/// <summary>The runner's answer for one planned day ("done / skipped / hurt"), with pain scores when it hurt.</summary>
public sealed class SessionOutcome
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public required string OwnerId { get; set; }

    public DateOnly Date { get; set; }

    public SessionResult Result { get; set; }

    /// <summary>Pain during the run, 0–10, when the runner reported it.</summary>
    public int? PainDuringRun { get; set; }

    public DateTime RecordedUtc { get; set; }
}
