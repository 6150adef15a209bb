namespace Harrier.Core.Activities;

/// <summary>Heart-rate zone boundaries in beats per minute: zone k is [LowerBounds[k], LowerBounds[k+1]).</summary>
/// <remarks>
/// <see cref="FromMaxHeartRate"/> makes the common five zones at 50/60/70/80/90 % of maximum heart rate (as in Garmin's
/// and Polar's default "% max HR" zones). Time below the first bound counts in no zone.
/// </remarks>
public sealed class HeartRateZones
{
    public HeartRateZones(IReadOnlyList<double> lowerBounds)
    {
        ArgumentNullException.ThrowIfNull(lowerBounds);
        if (lowerBounds.Count == 0 || lowerBounds.Zip(lowerBounds.Skip(1)).Any(p => p.Second <= p.First))
        {
            throw new ArgumentException("Zone bounds must be a non-empty increasing list.", nameof(lowerBounds));
        }

        LowerBounds = [.. lowerBounds];
    }

    public IReadOnlyList<double> LowerBounds { get; }

    public static HeartRateZones FromMaxHeartRate(double maxHeartRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxHeartRate);
        return new HeartRateZones([0.5 * maxHeartRate, 0.6 * maxHeartRate, 0.7 * maxHeartRate, 0.8 * maxHeartRate, 0.9 * maxHeartRate]);
    }

    /// <summary>The 0-based zone of a heart rate, or -1 below the first zone.</summary>
    public int ZoneOf(double heartRate)
    {
        var zone = -1;
        for (var k = 0; k < LowerBounds.Count && heartRate >= LowerBounds[k]; k++)
        {
            zone = k;
        }

        return zone;
    }
}
