using System.Globalization;

namespace Harrier.Core.Units;

/// <summary>Time per unit of distance, stored as seconds per kilometre.</summary>
public readonly record struct Pace
{
    private Pace(double secondsPerKilometer)
    {
        if (!double.IsFinite(secondsPerKilometer) || secondsPerKilometer <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(secondsPerKilometer), secondsPerKilometer, "A pace must be positive and finite.");
        }

        SecondsPerKilometer = secondsPerKilometer;
    }

    public double SecondsPerKilometer { get; }

    public double SecondsPerMile => SecondsPerKilometer * Distance.MetersPerMile / 1000;

    public static Pace FromSecondsPerKilometer(double seconds) => new(seconds);

    /// <summary>The average pace of covering <paramref name="distance"/> in <paramref name="time"/>; null when either is zero.</summary>
    public static Pace? Of(Distance distance, TimeSpan time) =>
        distance.Meters > 0 && time > TimeSpan.Zero ? new Pace(time.TotalSeconds / distance.TotalKilometers) : null;

    public TimeSpan Per(DistanceUnit unit) => TimeSpan.FromSeconds(unit == DistanceUnit.Miles ? SecondsPerMile : SecondsPerKilometer);

    /// <summary>Formats as "5:30 /km" (minutes and whole seconds, rounded).</summary>
    public string Format(DistanceUnit unit)
    {
        var total = (long)Math.Round(Per(unit).TotalSeconds);
        return string.Create(CultureInfo.InvariantCulture, $"{total / 60}:{total % 60:00} /{unit.Symbol()}");
    }

    public override string ToString() => Format(DistanceUnit.Kilometers);
}
