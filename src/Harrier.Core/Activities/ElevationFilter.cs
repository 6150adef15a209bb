namespace Harrier.Core.Activities;

/// <summary>Total ascent and descent from a noisy altitude series: turning points confirmed by hysteresis, with jump rejection.</summary>
/// <remarks>
/// The series is reduced to alternating peaks and troughs, where a turning point is confirmed only once the altitude has
/// moved back from it by at least <c>threshold</c> metres (a hysteresis or "dead band" filter, as in the zig-zag indicator).
/// Each confirmed climb counts in full from trough to peak, so noise smaller than the threshold adds nothing while real
/// hills are not shortened. 3 m suits barometric altimeters, 5–10 m GPS-only altitude.
/// A step between consecutive samples faster than <c>maxVerticalSpeed</c> (default 5 m/s, beyond any runner or lift) is a
/// sensor jump, such as a barometric altimeter settling after the start: the reference levels shift with it and nothing
/// is counted.
/// </remarks>
public static class ElevationFilter
{
    public const double DefaultThresholdMeters = 3;

    public const double DefaultMaxVerticalSpeed = 5;

    /// <summary>Ascent and descent in metres over <paramref name="altitudes"/>; NaN entries are skipped.</summary>
    /// <param name="altitudes">Altitudes in metres.</param>
    /// <param name="seconds">Sample times in seconds, or empty when unknown (then no jump rejection).</param>
    /// <param name="thresholdMeters">The dead band.</param>
    /// <param name="maxVerticalSpeed">Fastest believable vertical speed, m/s.</param>
    public static (double Ascent, double Descent) AscentDescent(
        ReadOnlySpan<double> altitudes,
        ReadOnlySpan<double> seconds = default,
        double thresholdMeters = DefaultThresholdMeters,
        double maxVerticalSpeed = DefaultMaxVerticalSpeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(thresholdMeters);
        var timed = seconds.Length == altitudes.Length;
        double ascent = 0, descent = 0, turn = double.NaN, extreme = 0, previous = 0, previousTime = 0;
        var direction = 0; // +1 climbing towards a peak, -1 descending towards a trough, 0 not yet known
        for (var i = 0; i < altitudes.Length; i++)
        {
            var altitude = altitudes[i];
            if (double.IsNaN(altitude))
            {
                continue;
            }

            var time = timed ? seconds[i] : 0;
            if (double.IsNaN(turn))
            {
                (turn, extreme) = (altitude, altitude);
            }
            else if (timed && Math.Abs(altitude - previous) > Math.Max(thresholdMeters, maxVerticalSpeed * (time - previousTime)))
            {
                var jump = altitude - previous;
                (turn, extreme) = (turn + jump, extreme + jump);
            }
            else
            {
                Step(altitude, thresholdMeters, ref direction, ref turn, ref extreme, ref ascent, ref descent);
            }

            (previous, previousTime) = (altitude, time);
        }

        ascent += direction > 0 ? extreme - turn : 0;
        descent += direction < 0 ? turn - extreme : 0;
        return (ascent, descent);
    }

    private static void Step(
        double altitude, double threshold, ref int direction, ref double turn, ref double extreme, ref double ascent, ref double descent)
    {
        if (direction >= 0 && altitude > extreme && (direction > 0 || altitude >= turn + threshold))
        {
            (direction, extreme) = (1, altitude);
        }
        else if (direction <= 0 && altitude < extreme && (direction < 0 || altitude <= turn - threshold))
        {
            (direction, extreme) = (-1, altitude);
        }
        else if (direction > 0 && altitude <= extreme - threshold)
        {
            ascent += extreme - turn;
            (direction, turn, extreme) = (-1, extreme, altitude);
        }
        else if (direction < 0 && altitude >= extreme + threshold)
        {
            descent += turn - extreme;
            (direction, turn, extreme) = (1, extreme, altitude);
        }
    }
}
