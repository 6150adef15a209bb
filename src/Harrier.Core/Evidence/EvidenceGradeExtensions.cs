namespace Harrier.Core.Evidence;

/// <summary>How a grade reads: the one-letter tags of the evidence base, and the same in plain words for runners.</summary>
public static class EvidenceGradeExtensions
{
    /// <summary>"[V]", "[S]", "[D]" or "[U]".</summary>
    public static string Tag(this EvidenceGrade grade) => grade switch
    {
        EvidenceGrade.Verified => "[V]",
        EvidenceGrade.Secondary => "[S]",
        EvidenceGrade.Derived => "[D]",
        EvidenceGrade.Unverified => "[U]",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };

    /// <summary>The grade in plain words, e.g. "checked in the original study", for a runner reading a source line.</summary>
    public static string Words(this EvidenceGrade grade) => grade switch
    {
        EvidenceGrade.Verified => "checked in the original source",
        EvidenceGrade.Secondary => "from a summary of the source",
        EvidenceGrade.Derived => "worked out by Harrier from checked figures",
        EvidenceGrade.Unverified => "not confirmed by research",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };
}
