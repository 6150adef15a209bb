namespace Harrier.Data.Screening;

/// <summary>A completed red-flag screen, kept with its time: what was answered, which flags fired and the urgency shown.</summary>
public sealed class ScreeningRecord
{
    public int Id { get; set; }

    public required string OwnerId { get; set; }

    public DateTime TakenUtc { get; set; }

    /// <summary>The answers as JSON: question id → yes/no.</summary>
    public required string AnswersJson { get; set; }

    /// <summary>emergency, today, soon or self.</summary>
    public required string Urgency { get; set; }

    /// <summary>Ids of the rules that fired, comma-separated.</summary>
    public string? Triggered { get; set; }

    /// <summary>The pain entry that prompted the screen, when there was one.</summary>
    public int? PainEntryId { get; set; }

    /// <summary>True when this screen paused the runner's plan.</summary>
    public bool SuspendedPlan { get; set; }
}
