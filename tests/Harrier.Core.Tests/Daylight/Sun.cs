using Harrier.Core.Daylight;

namespace Harrier.Core.Tests.Daylight;

/// <summary>Places and assertions shared by the daylight tests.</summary>
internal static class Sun
{
    public static readonly Coordinates SanFrancisco = new(37.7749, -122.4194);
    public static readonly Coordinates London = new(51.5074, -0.1278);
    public static readonly Coordinates NewYork = new(40.7128, -74.0060);
    public static readonly Coordinates Tromso = new(69.65, 18.96);
    public static readonly Coordinates Longyearbyen = new(78.22, 15.65);

    public static SunDay Day(Coordinates place, string date, string zone) =>
        SunCalculator.ForDay(place, DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), TimeZones.Get(zone));

    /// <summary>Asserts the same UTC offset and a time within <paramref name="seconds"/> of <paramref name="expected"/> (ISO 8601).</summary>
    public static void Near(string expected, DateTimeOffset? actual, double seconds = 60)
    {
        var e = DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture);
        Assert.True(actual.HasValue, $"expected {expected}, got no event");
        Assert.Equal(e.Offset, actual.Value.Offset);
        var gap = Math.Abs((actual.Value - e).TotalSeconds);
        Assert.True(gap <= seconds, $"expected {expected} ± {seconds} s, got {actual.Value:O} ({gap:0} s away)");
    }
}
