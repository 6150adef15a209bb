using System.Globalization;

namespace Harrier.Core.Units;

/// <summary>Heights and climb rates in the runner's units: metres with kilometres, feet with miles.</summary>
public static class ElevationText
{
    public const double FeetPerMeter = 1 / 0.3048;

    /// <summary>A height in the unit that goes with <paramref name="unit"/>: metres or feet.</summary>
    public static double In(double meters, DistanceUnit unit) => unit == DistanceUnit.Miles ? meters * FeetPerMeter : meters;

    /// <summary>"m" or "ft".</summary>
    public static string Symbol(DistanceUnit unit) => unit == DistanceUnit.Miles ? "ft" : "m";

    /// <summary>"120 m" or "394 ft", rounded to whole units.</summary>
    public static string Format(double meters, DistanceUnit unit) =>
        Math.Round(In(meters, unit)).ToString("F0", CultureInfo.InvariantCulture) + " " + Symbol(unit);

    /// <summary>Climb per distance: "12.3 m/km" or "65 ft/mi".</summary>
    public static string Rate(double metersPerKilometer, DistanceUnit unit) => unit == DistanceUnit.Miles
        ? (metersPerKilometer * FeetPerMeter * Distance.MetersPerMile / 1000).ToString("F0", CultureInfo.InvariantCulture) + " ft/mi"
        : metersPerKilometer.ToString("F1", CultureInfo.InvariantCulture) + " m/km";
}
