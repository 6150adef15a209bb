namespace Harrier.Core.Remedies;

/// <summary>One completed pair: the remedy period's and the control period's mean morning pain (NRS 0–10).</summary>
public sealed record PairDifference(int Pair, double RemedyMean, double ControlMean)
{
    /// <summary>d = remedy − control. Negative means less pain with the remedy.</summary>
    public double Difference => RemedyMean - ControlMean;
}
