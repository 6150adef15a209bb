using Harrier.Core.Units;

namespace Harrier.Core.Tests.Units;

public sealed class ElevationTextTests
{
    [Theory]
    [InlineData(120, DistanceUnit.Kilometers, "120 m")]
    [InlineData(120, DistanceUnit.Miles, "394 ft")]
    public void Format_Height_InTheRunnersUnit(double meters, DistanceUnit unit, string expected) =>
        Assert.Equal(expected, ElevationText.Format(meters, unit));

    [Theory]
    [InlineData(12.34, DistanceUnit.Kilometers, "12.3 m/km")]
    [InlineData(10, DistanceUnit.Miles, "53 ft/mi")]
    public void Rate_Climb_InTheRunnersUnit(double metersPerKilometer, DistanceUnit unit, string expected) =>
        Assert.Equal(expected, ElevationText.Rate(metersPerKilometer, unit));
}
