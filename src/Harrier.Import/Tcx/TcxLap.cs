using Harrier.Core.Activities;

namespace Harrier.Import.Tcx;

/// <summary>The values of the TCX lap being read.</summary>
internal struct TcxLap(DateTime start)
{
    public double TimerSeconds = double.NaN, Distance = double.NaN, Calories = double.NaN, MaxSpeed = double.NaN;
    public double Cadence = double.NaN, AverageHeartRate = double.NaN, MaxHeartRate = double.NaN;

    public readonly ActivityTotals ToTotals(ActivitySport sport) => new()
    {
        Sport = sport,
        StartUtc = start == DateTime.MinValue ? null : start,
        TimerTime = TimerSeconds is >= 0 and <= 1e8 ? TimeSpan.FromSeconds(TimerSeconds) : null,
        DistanceMeters = Distance is >= 0 and <= 1e8 ? Distance : null,
        Calories = NullIfNaN(Calories),
        MaxSpeedMetersPerSecond = NullIfNaN(MaxSpeed),
        Cadence = NullIfNaN(Cadence),
        AverageHeartRate = NullIfNaN(AverageHeartRate),
        MaxHeartRate = NullIfNaN(MaxHeartRate),
    };

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;
}
