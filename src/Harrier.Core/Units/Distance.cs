using System.Globalization;

namespace Harrier.Core.Units;

/// <summary>A non-negative distance, stored in metres. Use the factory that names your unit.</summary>
public readonly record struct Distance : IComparable<Distance>
{
    /// <summary>Metres in one international mile (exactly 1609.344 m).</summary>
    public const double MetersPerMile = 1609.344;

    private Distance(double meters)
    {
        if (!double.IsFinite(meters))
        {
            throw new ArgumentOutOfRangeException(nameof(meters), meters, "A distance must be a finite number.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(meters);
        Meters = meters;
    }

    public static Distance Zero => default;

    public double Meters { get; }

    public double TotalKilometers => Meters / 1000;

    public double TotalMiles => Meters / MetersPerMile;

    public static Distance FromMeters(double meters) => new(meters);

    public static Distance FromKilometers(double kilometers) => new(kilometers * 1000);

    public static Distance FromMiles(double miles) => new(miles * MetersPerMile);

    /// <summary>Creates a distance from an amount in the given unit.</summary>
    public static Distance From(double amount, DistanceUnit unit) => unit switch
    {
        DistanceUnit.Kilometers => FromKilometers(amount),
        DistanceUnit.Miles => FromMiles(amount),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>The amount of this distance in the given unit.</summary>
    public double In(DistanceUnit unit) => unit switch
    {
        DistanceUnit.Kilometers => TotalKilometers,
        DistanceUnit.Miles => TotalMiles,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Formats as "5.00 km" or "3.11 mi".</summary>
    public string Format(DistanceUnit unit, int decimals = 2) =>
        In(unit).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " " + unit.Symbol();

    public static Distance operator +(Distance left, Distance right) => new(left.Meters + right.Meters);

    public int CompareTo(Distance other) => Meters.CompareTo(other.Meters);

    public static bool operator <(Distance left, Distance right) => left.Meters < right.Meters;

    public static bool operator >(Distance left, Distance right) => left.Meters > right.Meters;

    public static bool operator <=(Distance left, Distance right) => left.Meters <= right.Meters;

    public static bool operator >=(Distance left, Distance right) => left.Meters >= right.Meters;

    public override string ToString() => Format(DistanceUnit.Kilometers);
}
