using Harrier.Core.Evidence;

namespace Harrier.Core.Exercises;

/// <summary>One research claim behind an exercise, with its evidence grade and a readable citation.</summary>
/// <param name="Claim">Plain words; an <see cref="EvidenceGrade.Unverified"/> claim starts with "Unverified:".</param>
/// <param name="Tag">The evidence grade of the claim.</param>
/// <param name="Source">A readable citation.</param>
/// <param name="Evidence">Where the claim sits in the evidence base (for maintainers; never shown to runners).</param>
public sealed record EvidenceClaim(string Claim, EvidenceGrade Tag, string Source, string? Evidence = null)
{
    /// <summary>The claim with its tag, e.g. "… [V] (Lauersen JB et al. BJSM 2014)".</summary>
    public string Text => $"{Claim} {TagText} ({Source})";

    public string TagText => Tag.Tag();
}
