using Harrier.Core.Plans;

namespace Harrier.Data.Plans;

/// <summary>A runner's saved plan: the whole <see cref="TrainingPlan"/> (sessions and the history of its changes) as one document.</summary>
/// <remarks>A runner has at most one active plan; replacing it archives the old one rather than deleting it.</remarks>
public sealed class StoredPlan
{
    public int Id { get; set; }

    public required string OwnerId { get; set; }

    public required string Name { get; set; }

    public bool IsActive { get; set; }

    /// <summary>The coach who set the plan for the runner, or null when the runner chose it.</summary>
    public string? SetById { get; set; }

    /// <summary>The plan as JSON (<see cref="PlanJson"/>).</summary>
    public required string Document { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public TrainingPlan Plan
    {
        get => PlanJson.Read(Document);
        set => Document = PlanJson.Write(value);
    }
}
