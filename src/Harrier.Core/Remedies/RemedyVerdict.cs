namespace Harrier.Core.Remedies;

/// <summary>The plain verdict of a remedy experiment.</summary>
public enum RemedyVerdict
{
    /// <summary>Fewer completed pairs than the exact test needs to reach p &lt; .05 two-sided.</summary>
    NotEnoughData,

    /// <summary>Two-sided exact p &lt; .05 and less pain with the remedy.</summary>
    Helps,

    /// <summary>Two-sided exact p &lt; .05 and more pain with the remedy.</summary>
    Worse,

    /// <summary>Enough pairs, but the difference could well be chance (p ≥ .05).</summary>
    NoClearDifference,
}
