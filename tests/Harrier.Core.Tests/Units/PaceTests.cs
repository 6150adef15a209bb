using Harrier.Core.Units;

namespace Harrier.Core.Tests.Units;

public sealed class PaceTests
{
    [Fact]
    public void Of_FiveKmIn30Minutes_Is6MinutesPerKm()
    {
        var pace = Pace.Of(Distance.FromKilometers(5), TimeSpan.FromMinutes(30));

        Assert.NotNull(pace);
        Assert.Equal("6:00 /km", pace.Value.Format(DistanceUnit.Kilometers));
        Assert.Equal("9:39 /mi", pace.Value.Format(DistanceUnit.Miles));
    }

    [Fact]
    public void Of_ZeroDistance_IsNull() => Assert.Null(Pace.Of(Distance.Zero, TimeSpan.FromMinutes(30)));
}
