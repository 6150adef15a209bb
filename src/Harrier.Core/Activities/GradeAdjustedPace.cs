namespace Harrier.Core.Activities;

/// <summary>Grade-adjusted pace: what a pace on hills is worth on the flat.</summary>
/// <remarks>
/// Uses the energy cost of running on a gradient i (rise over run) measured by Minetti et al., "Energy cost of walking
/// and running at extreme uphill and downhill slopes", J Appl Physiol 93:1039–1046 (2002):
/// C(i) = 155.4 i⁵ − 30.4 i⁴ − 43.3 i³ + 46.3 i² + 19.5 i + 3.6 J·kg⁻¹·m⁻¹. A metre on gradient i costs C(i)/C(0) flat
/// metres; the grade is clamped to the measured range ±0.45.
/// </remarks>
public static class GradeAdjustedPace
{
    private const double FlatCost = 3.6;

    /// <summary>Energy cost of running on gradient <paramref name="grade"/>, J/kg/m.</summary>
    public static double EnergyCost(double grade)
    {
        var i = Math.Clamp(grade, -0.45, 0.45);
        return (((((((((155.4 * i) - 30.4) * i) - 43.3) * i) + 46.3) * i) + 19.5) * i) + FlatCost;
    }

    /// <summary>How many flat metres one metre on <paramref name="grade"/> is worth.</summary>
    public static double Factor(double grade) => EnergyCost(grade) / FlatCost;
}
