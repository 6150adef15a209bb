namespace Harrier.Core.Remedies;

/// <summary>Everything the analysis of a remedy experiment found, with the plain-words verdict.</summary>
/// <param name="Interval">Null with fewer than 2 completed pairs.</param>
/// <param name="Randomization">Null with no completed pair.</param>
/// <param name="Bayes">Null with fewer than <see cref="RemedyExperiment.BayesMinimumPairs"/> completed pairs.</param>
/// <param name="Summary">The verdict in plain words, including its uncertainty and the grade of the 2-point threshold.</param>
/// <param name="Caveats">Assumptions the verdict rests on, in plain words.</param>
public sealed record RemedyExperimentResult(
    RemedyExperimentDesign Design,
    IReadOnlyList<PeriodMean> Periods,
    IReadOnlyList<PairDifference> Pairs,
    int NeededPairs,
    DifferenceInterval? Interval,
    RandomizationTest? Randomization,
    BayesEstimate? Bayes,
    RemedyVerdict Verdict,
    string Summary,
    IReadOnlyList<string> Caveats);
