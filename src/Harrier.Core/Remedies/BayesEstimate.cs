namespace Harrier.Core.Remedies;

/// <summary>
/// Posterior for the true effect δ (remedy − control, NRS points) under the normal–normal model, and the probability
/// that the remedy cuts pain by at least <paramref name="Threshold"/> points, P(δ ≤ −Threshold | data).
/// </summary>
/// <param name="DataStandardDeviation">The s used for the likelihood: the sample SD of the differences, floored.</param>
public sealed record BayesEstimate(
    double PosteriorMean, double PosteriorStandardDeviation, double Threshold, double ProbabilityOfCut,
    double PriorStandardDeviation, double DataStandardDeviation);
