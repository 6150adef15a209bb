using Harrier.Core.Remedies;

namespace Harrier.Core.Tests.Remedies;

public sealed class RemedyStatisticsTests
{
    private const double Tolerance = 1e-5;

    /// <summary>Two-sided 97.5% points of Student's t from printed tables (for example NIST/SEMATECH e-Handbook 1.3.6.7.2).</summary>
    [Theory]
    [InlineData(1, 12.706205)]
    [InlineData(2, 4.302653)]
    [InlineData(3, 3.182446)]
    [InlineData(5, 2.570582)]
    [InlineData(10, 2.228139)]
    [InlineData(30, 2.042272)]
    public void StudentTQuantile_975_MatchesTables(int df, double expected)
    {
        Assert.Equal(expected, StudentT.Quantile(0.975, df), 5);
        Assert.Equal(-expected, StudentT.Quantile(0.025, df), 5);
        Assert.Equal(0.975, StudentT.Cdf(expected, df), 6);
    }

    [Fact]
    public void StudentTCdf_OneDegreeOfFreedom_IsCauchy() =>
        // With df = 1, t is Cauchy: F(t) = ½ + atan(t)/π, so F(1) = 0.75.
        Assert.Equal(0.75, StudentT.Cdf(1, 1), 9);

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1.96, 0.9750021)]
    [InlineData(-1, 0.1586553)]
    public void StandardNormalCdf_KnownPoints(double z, double expected) =>
        Assert.Equal(expected, StandardNormal.Cdf(z), 6);

    [Fact]
    public void MeanWithInterval_ThreePairs_HandComputed()
    {
        // d = −3, −2, −4. Mean = −9/3 = −3. Deviations 0, 1, −1 → SS = 2, s² = 2/2 = 1, s = 1.
        // SE = 1/√3 = 0.577350. t(0.975, df 2) = 4.302653. Half-width = 4.302653 × 0.577350 = 2.484138.
        // Interval = −3 ± 2.484138 = (−5.484138, −0.515862).
        var interval = RemedyStatistics.MeanWithInterval([-3, -2, -4]);

        Assert.Equal(-3, interval.Mean, 9);
        Assert.Equal(1, interval.StandardDeviation, 9);
        Assert.Equal(2, interval.DegreesOfFreedom);
        Assert.Equal(-5.484138, interval.Low, Tolerance);
        Assert.Equal(-0.515862, interval.High, Tolerance);
    }

    [Fact]
    public void MeanWithInterval_SixPairs_HandComputed()
    {
        // d = −2, −3, −1, −2, −3, −1. Mean = −12/6 = −2. Deviations 0, −1, 1, 0, −1, 1 → SS = 4, s² = 4/5 = 0.8,
        // s = 0.894427. SE = 0.894427/√6 = 0.365148. t(0.975, df 5) = 2.570582. Half-width = 0.938644.
        // Interval = (−2.938644, −1.061356).
        var interval = RemedyStatistics.MeanWithInterval([-2, -3, -1, -2, -3, -1]);

        Assert.Equal(-2.938643, interval.Low, Tolerance);
        Assert.Equal(-1.061357, interval.High, Tolerance);
    }

    [Fact]
    public void Randomization_ThreePairs_EnumeratesEightAssignments()
    {
        // Observed Σd = −3 − 2 − 4 = −9. Sign patterns of (3, 2, 4) give |Σ| = 9, 9 (all same sign), 1, 1 (3+2−4),
        // 5, 5 (3−2+4), 3, 3 (−3+2+4). Two-sided: |Σ| ≥ 9 in 2 of 8 → p = 0.25.
        // One-sided (remedy lowers pain): Σ ≤ −9 only for the observed pattern → 1/8 = 0.125.
        var test = RemedyStatistics.Randomization([-3, -2, -4]);

        Assert.Equal(8, test.Assignments);
        Assert.Equal(0.25, test.TwoSided, 12);
        Assert.Equal(0.125, test.OneSidedLower, 12);
        Assert.Equal(0.25, test.SmallestTwoSided, 12);
    }

    [Fact]
    public void Randomization_SixPairsAllLower_ReachesTwoOverSixtyFour()
    {
        // All six d are negative, so only "all as observed" and "all flipped" reach |Σ| = 12: p = 2/64 = 0.03125
        // (EVIDENCE §7.2: the smallest two-sided p with 6 pairs). One-sided: 1/64 = 0.015625.
        var test = RemedyStatistics.Randomization([-2, -3, -1, -2, -3, -1]);

        Assert.Equal(0.03125, test.TwoSided, 12);
        Assert.Equal(0.015625, test.OneSidedLower, 12);
    }

    [Fact]
    public void Randomization_FivePairsAllLower_CannotReachTwoSidedFivePercent()
    {
        // Five pairs: the best two-sided p is 2/32 = 0.0625 (§7.2); one-sided it is 1/32 = 0.03125.
        var test = RemedyStatistics.Randomization([-1, -2, -3, -4, -5]);

        Assert.Equal(0.0625, test.TwoSided, 12);
        Assert.Equal(0.03125, test.OneSidedLower, 12);
    }

    [Fact]
    public void Randomization_EqualMagnitudes_CountsTies()
    {
        // d = −1 ×5, +1. Σd = −4. Every pattern is ±1 six times: Σ = 6 − 2k with k minus signs.
        // |Σ| ≥ 4 ⇔ k ∈ {0, 1, 5, 6}: 1 + 6 + 6 + 1 = 14 of 64 → p = 0.21875.
        // Σ ≤ −4 ⇔ k ∈ {5, 6}: 6 + 1 = 7 of 64 → 0.109375.
        var test = RemedyStatistics.Randomization([-1, -1, -1, -1, -1, 1]);

        Assert.Equal(0.21875, test.TwoSided, 12);
        Assert.Equal(0.109375, test.OneSidedLower, 12);
    }

    [Fact]
    public void ProbabilityOfCut_ThreePairs_HandComputed()
    {
        // d = −3, −2, −4: n = 3, d̄ = −3, s = 1. Prior σ0 = 5.
        // τ = 1/25 + 3/1 = 3.04. μ = (3 × −3 / 1) / 3.04 = −2.960526. σ = 1/√3.04 = 0.573539.
        // P(δ ≤ −2) = Φ((−2 + 2.960526)/0.573539) = Φ(1.674735) = 0.953007.
        var bayes = RemedyStatistics.ProbabilityOfCut([-3, -2, -4], 2);

        Assert.Equal(-2.960526, bayes.PosteriorMean, Tolerance);
        Assert.Equal(0.573539, bayes.PosteriorStandardDeviation, Tolerance);
        Assert.Equal(0.953007, bayes.ProbabilityOfCut, Tolerance);
    }

    [Fact]
    public void ProbabilityOfCut_SixPairs_HandComputed()
    {
        // d̄ = −2, s² = 0.8. τ = 0.04 + 6/0.8 = 7.54. μ = (6 × −2 / 0.8)/7.54 = −15/7.54 = −1.989390.
        // σ = 1/√7.54 = 0.364179. z = (−2 + 1.989390)/0.364179 = −0.029134 → Φ = 0.488379.
        var bayes = RemedyStatistics.ProbabilityOfCut([-2, -3, -1, -2, -3, -1], 2);

        Assert.Equal(-1.989390, bayes.PosteriorMean, Tolerance);
        Assert.Equal(0.488379, bayes.ProbabilityOfCut, Tolerance);
    }

    [Fact]
    public void ProbabilityOfCut_IdenticalDifferences_UsesTheSdFloor()
    {
        // d = −3, −3, −3: s = 0 is floored to 0.5. τ = 0.04 + 3/0.25 = 12.04. μ = (3 × −3/0.25)/12.04 = −2.990033.
        // σ = 1/√12.04 = 0.288195. z = (−2 + 2.990033)/0.288195 = 3.435287 → Φ = 0.999704, not a certain 1.
        var bayes = RemedyStatistics.ProbabilityOfCut([-3, -3, -3], 2);

        Assert.Equal(0.5, bayes.DataStandardDeviation);
        Assert.Equal(0.999704, bayes.ProbabilityOfCut, Tolerance);
    }

    [Fact]
    public void Statistics_TooFewPairs_Throw()
    {
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => RemedyStatistics.MeanWithInterval([-1]));
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => RemedyStatistics.ProbabilityOfCut([-1], 2));
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => RemedyStatistics.Randomization([]));
    }
}
