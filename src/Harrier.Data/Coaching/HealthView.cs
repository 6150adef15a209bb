using Harrier.Core.Coaching;

namespace Harrier.Data.Coaching;

/// <summary>One view of a client's health data by a coach, kept for the runner to see ("Coach Sam viewed your pain journal").</summary>
public sealed class HealthView
{
    public int Id { get; set; }

    public int LinkId { get; set; }

    public required string CoachId { get; set; }

    public required string RunnerId { get; set; }

    public HealthRecord Record { get; set; }

    /// <summary>"web", "api" or "cli".</summary>
    public required string Channel { get; set; }

    public DateTime AtUtc { get; set; }
}
