namespace Harrier.Core.Exercises;

/// <summary>How sure the research is about the outcome a runner cares about (pain or injury), in plain grades.</summary>
public enum EvidenceCertainty
{
    Moderate,
    Low,
    VeryLow,

    /// <summary>No trial for runners was found.</summary>
    NotStudied,
}
