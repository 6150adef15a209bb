namespace Harrier.Core.Remedies;

/// <summary>The exact sign-flip randomization test over every one of the 2^n pair orders.</summary>
/// <param name="TwoSided">Share of assignments with |Σd| ≥ the observed |Σd|.</param>
/// <param name="OneSidedLower">Share of assignments with Σd ≤ the observed Σd (the remedy lowers pain).</param>
/// <param name="Assignments">2^n, the number of equally likely assignments enumerated.</param>
public sealed record RandomizationTest(double TwoSided, double OneSidedLower, long Assignments)
{
    /// <summary>The smallest two-sided p this many pairs can give: 2/2^n, because the all-flipped assignment always ties.</summary>
    public double SmallestTwoSided => Math.Min(1, 2.0 / Assignments);
}
