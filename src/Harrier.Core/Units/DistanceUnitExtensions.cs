namespace Harrier.Core.Units;

public static class DistanceUnitExtensions
{
    /// <summary>"km" or "mi".</summary>
    public static string Symbol(this DistanceUnit unit) => unit switch
    {
        DistanceUnit.Kilometers => "km",
        DistanceUnit.Miles => "mi",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>"kilometres" or "miles", for labels.</summary>
    public static string PluralName(this DistanceUnit unit) => unit switch
    {
        DistanceUnit.Kilometers => "kilometres",
        DistanceUnit.Miles => "miles",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };
}
