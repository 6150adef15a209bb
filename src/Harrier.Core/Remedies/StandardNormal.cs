namespace Harrier.Core.Remedies;

/// <summary>The standard normal distribution's cumulative probability, BCL only.</summary>
/// <remarks>
/// Φ(z) = ½·erfc(−z/√2), with erfc from the Chebyshev fit in Press et al., Numerical Recipes in C, 2nd ed., §6.2 (erfcc),
/// whose fractional error is below 1.2e-7 everywhere. Checked in the tests against Φ(1.96) = 0.97500.
/// </remarks>
public static class StandardNormal
{
    public static double Cdf(double z) => 0.5 * Erfc(-z / Math.Sqrt(2));

    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        var poly = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        var answer = t * Math.Exp((-z * z) + poly);
        return x >= 0 ? answer : 2 - answer;
    }
}
