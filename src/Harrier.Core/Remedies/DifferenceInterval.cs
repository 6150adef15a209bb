namespace Harrier.Core.Remedies;

/// <summary>
/// Mean of the per-pair differences (remedy − control, NRS points; negative = less pain with the remedy) with its
/// t-based confidence interval.
/// </summary>
/// <param name="StandardDeviation">Sample standard deviation of the differences (divisor n − 1).</param>
/// <param name="DegreesOfFreedom">Pairs − 1.</param>
public sealed record DifferenceInterval(
    double Mean, double Low, double High, double Confidence, double StandardDeviation, int DegreesOfFreedom);
