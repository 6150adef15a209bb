using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Activities;

public sealed class GradeAdjustedPaceTests
{
    [Theory]
    [InlineData(0.0, 3.6)]
    [InlineData(0.1, 5.9682)] // 0.001554 - 0.00304 - 0.0433 + 0.463 + 1.95 + 3.6
    [InlineData(-0.1, 2.1517)] // -0.001554 - 0.00304 + 0.0433 + 0.463 - 1.95 + 3.6
    [InlineData(0.45, 19.4260)]
    [InlineData(0.9, 19.4260)] // clamped to the measured range
    public void EnergyCost_Gradient_FollowsMinetti2002(double grade, double expected)
    {
        Assert.Equal(expected, GradeAdjustedPace.EnergyCost(grade), 3);
    }

    [Fact]
    public void Factor_UphillHarderDownhillEasier_FlatIsOne()
    {
        Assert.Equal(1.0, GradeAdjustedPace.Factor(0), 9);
        Assert.True(GradeAdjustedPace.Factor(0.05) > 1);
        Assert.True(GradeAdjustedPace.Factor(-0.05) < 1);
    }
}
