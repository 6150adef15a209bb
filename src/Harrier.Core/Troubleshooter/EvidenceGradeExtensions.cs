namespace Harrier.Core.Troubleshooter;

/// <summary>The one-letter tags EVIDENCE.md uses.</summary>
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
}
