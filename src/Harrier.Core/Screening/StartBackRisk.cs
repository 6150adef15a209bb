namespace Harrier.Core.Screening;

/// <summary>STarT Back risk group (EVIDENCE.md §4.4) [S].</summary>
public enum StartBackRisk
{
    /// <summary>Total 3 or less.</summary>
    Low,

    /// <summary>Total 4 or more, psychosocial subscale 3 or less.</summary>
    Medium,

    /// <summary>Psychosocial subscale 4 or more.</summary>
    High,
}
