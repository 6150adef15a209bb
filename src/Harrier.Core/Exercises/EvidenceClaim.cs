namespace Harrier.Core.Exercises;

/// <summary>One research claim behind an exercise, with its EVIDENCE.md tag and citation.</summary>
/// <param name="Claim">Plain words; an <see cref="EvidenceTag.Unverified"/> claim starts with "Unverified:".</param>
/// <param name="Source">Citation, as in EVIDENCE.md.</param>
public sealed record EvidenceClaim(string Claim, EvidenceTag Tag, string Source)
{
    /// <summary>The claim with its tag, e.g. "… [V] (Lauersen JB et al. BJSM 2014)".</summary>
    public string Text => $"{Claim} {TagText} ({Source})";

    public string TagText => Tag switch
    {
        EvidenceTag.Verified => "[V]",
        EvidenceTag.Secondary => "[S]",
        EvidenceTag.Derived => "[D]",
        _ => "[U]",
    };
}
