using Harrier.Core.Remedies;

namespace Harrier.Data.Remedies;

/// <summary>A runner's n-of-1 experiment with a remedy: the randomised design as it was drawn, so it can be analysed at any time.</summary>
public sealed class RemedyTrial
{
    public int Id { get; set; }

    public required string OwnerId { get; set; }

    public required string Remedy { get; set; }

    /// <summary>The exercise from the library the remedy is, when it is one.</summary>
    public string? ExerciseId { get; set; }

    public DateOnly Start { get; set; }

    public int PeriodDays { get; set; }

    public int WashoutDays { get; set; }

    /// <summary>Which arm comes first in each pair: "R" (remedy) or "C" (control), one letter per pair.</summary>
    public required string FirstArms { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Set when the runner stops the experiment early.</summary>
    public DateOnly? StoppedOn { get; set; }

    public RemedyExperimentDesign Design => new(Remedy, Start, PeriodDays, WashoutDays,
        FirstArms.Select(c => c == 'R' ? ExperimentArm.Remedy : ExperimentArm.Control).ToArray());

    public static RemedyTrial From(string ownerId, RemedyExperimentDesign design, string? exerciseId, DateTime createdUtc)
    {
        ArgumentNullException.ThrowIfNull(design);
        return new RemedyTrial
        {
            OwnerId = ownerId, Remedy = design.Remedy, ExerciseId = exerciseId, Start = design.Start, PeriodDays = design.PeriodDays,
            WashoutDays = design.WashoutDays, FirstArms = new string(design.FirstArms.Select(a => a == ExperimentArm.Remedy ? 'R' : 'C').ToArray()),
            CreatedUtc = createdUtc,
        };
    }
}
