using Harrier.Core.Coaching;

namespace Harrier.Data.Coaching;

/// <summary>A runner's consent for a coach to see their data, within a scope, until either of them ends it.</summary>
public sealed class CoachLink
{
    public int Id { get; set; }

    public required string CoachId { get; set; }

    public required string RunnerId { get; set; }

    public SharingScope Scope { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>When the link ended (access ends at once), or null while active.</summary>
    public DateTime? EndedUtc { get; set; }

    /// <summary>Who ended it: the runner's or the coach's id.</summary>
    public string? EndedById { get; set; }

    public bool IsActive => EndedUtc is null;

    public bool SharesHealth => Scope == SharingScope.TrainingAndHealth;
}
