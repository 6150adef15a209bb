namespace Harrier.Core.Load;

/// <summary>What is wrong with a heart-rate setting, as a sentence for the runner.</summary>
public sealed record HeartRateProblem(HeartRateField Field, string Message);
