namespace Harrier.Core.Activities;

/// <summary>Finds when a runner was moving, from sample times and cumulative distance.</summary>
/// <remarks>
/// An interval between two samples counts as moving when its average speed is at least the threshold and the device's
/// timer was not stopped during it (the interval's midpoint is not inside a timer pause). A long gap with little progress,
/// as when a watch auto-pauses or the runner stands at a crossing, is therefore not moving time.
/// </remarks>
public static class PauseDetector
{
    /// <summary>Cumulative moving seconds at each sample (the first is 0). NaN times count as no time.</summary>
    /// <param name="seconds">Sample times in seconds from any origin, non-decreasing.</param>
    /// <param name="distances">Cumulative distance in metres at each sample.</param>
    /// <param name="pauses">Timer pauses as (from, to) seconds on the same origin, sorted; may be empty.</param>
    /// <param name="threshold">Minimum speed in m/s to count as moving.</param>
    public static double[] CumulativeMovingSeconds(
        ReadOnlySpan<double> seconds, ReadOnlySpan<double> distances, ReadOnlySpan<(double From, double To)> pauses, double threshold)
    {
        if (distances.Length != seconds.Length)
        {
            throw new ArgumentException("Times and distances must have the same length.", nameof(distances));
        }

        var moving = new double[seconds.Length];
        var pause = 0;
        for (var i = 1; i < seconds.Length; i++)
        {
            moving[i] = moving[i - 1];
            var dt = seconds[i] - seconds[i - 1];
            if (!(dt > 0))
            {
                continue;
            }

            var middle = seconds[i - 1] + (dt / 2);
            while (pause < pauses.Length && pauses[pause].To <= middle)
            {
                pause++;
            }

            var paused = pause < pauses.Length && pauses[pause].From <= middle;
            if (!paused && (distances[i] - distances[i - 1]) / dt >= threshold)
            {
                moving[i] += dt;
            }
        }

        return moving;
    }
}
