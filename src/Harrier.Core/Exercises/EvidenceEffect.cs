namespace Harrier.Core.Exercises;

/// <summary>Which way the research points, read together with <see cref="EvidenceCertainty"/>.</summary>
public enum EvidenceEffect
{
    /// <summary>Related trials suggest a benefit, but not for this exact exercise and problem.</summary>
    MayHelp,

    /// <summary>Small effects that last a short time.</summary>
    SmallShortTerm,

    /// <summary>Trials found no injury-prevention benefit; fine as a comfort preference.</summary>
    NoPreventiveBenefit,

    /// <summary>Not enough research to say either way.</summary>
    Unclear,
}
