using Harrier.Core.Units;

namespace Harrier.Core.Tests.Units;

public sealed class DistanceTests
{
    [Fact]
    public void FromMiles_OneMile_Is1609Point344Meters() => Assert.Equal(1609.344, Distance.FromMiles(1).Meters, 9);

    [Theory]
    [InlineData(5, DistanceUnit.Kilometers, 5000)]
    [InlineData(3.1, DistanceUnit.Miles, 4988.9664)]
    public void From_Unit_ConvertsToMeters(double amount, DistanceUnit unit, double meters) =>
        Assert.Equal(meters, Distance.From(amount, unit).Meters, 6);

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void FromMeters_InvalidValue_Throws(double meters) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Distance.FromMeters(meters));

    [Fact]
    public void Format_Miles_UsesInvariantCultureAndSymbol() =>
        Assert.Equal("3.11 mi", Distance.FromKilometers(5).Format(DistanceUnit.Miles));

    [Fact]
    public void Add_TwoDistances_SumsMeters() =>
        Assert.Equal(Distance.FromMeters(1500), Distance.FromKilometers(1) + Distance.FromMeters(500));
}
