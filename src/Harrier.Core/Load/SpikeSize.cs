namespace Harrier.Core.Load;

/// <summary>How far one run went past the longest run of the previous 30 days, in Frandsen 2025's categories.</summary>
/// <remarks>
/// Frandsen JSB et al., Br J Sports Med 2025;59(17):1203–1210 (EVIDENCE.md §2.1 [V]): against ≤10%, the hazard-rate ratio was
/// 1.64 for &gt;10–30%, 1.52 for &gt;30–100% and 2.28 for &gt;100%.
/// </remarks>
public enum SpikeSize
{
    /// <summary>More than 10% and up to 30% longer.</summary>
    Small = 1,

    /// <summary>More than 30% and up to 100% longer.</summary>
    Moderate = 2,

    /// <summary>More than twice as long.</summary>
    Large = 3,
}
