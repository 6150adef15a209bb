namespace Harrier.Data.Triage;

/// <summary>A set of triage answers the runner typed, kept so the next visit starts from them (only typed answers, never known ones).</summary>
public sealed class SavedTriageAnswers
{
    public int Id { get; set; }

    public required string OwnerId { get; set; }

    public DateTime SavedUtc { get; set; }

    /// <summary>The answers as JSON, in the <c>docs/triage-input.md</c> shape.</summary>
    public required string AnswersJson { get; set; }
}
