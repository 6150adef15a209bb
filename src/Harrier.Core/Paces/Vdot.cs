using Harrier.Core.Units;

namespace Harrier.Core.Paces;

/// <summary>Daniels and Gilbert's VDOT: the VO2max a race performance implies, and the paces it gives.</summary>
/// <remarks>
/// From "Oxygen Power" (Daniels &amp; Gilbert 1979), EVIDENCE.md §2.6 [S]; v is velocity in m/min and t race time in minutes.
/// Oxygen cost VO2 = −4.60 + 0.182258·v + 0.000104·v²; fraction sustainable %max = 0.8 + 0.1894393·e^(−0.012778·t) +
/// 0.2989558·e^(−0.1932605·t); VDOT = VO2 / %max. The pace at a fraction p of VDOT solves the cost equation for v [D].
/// Checked against the published table: 10 km in 40:00 → 51.94, 5 km in 24:08 → 39.94.
/// </remarks>
public static class Vdot
{
    private const double A = 0.000104;
    private const double B = 0.182258;
    private const double C = -4.60;

    /// <summary>Oxygen cost of running at <paramref name="metersPerMinute"/>, in ml/kg/min.</summary>
    public static double OxygenCost(double metersPerMinute) => C + B * metersPerMinute + A * metersPerMinute * metersPerMinute;

    /// <summary>The fraction of VO2max that can be sustained for a race lasting <paramref name="minutes"/>.</summary>
    public static double SustainableFraction(double minutes) =>
        0.8 + 0.1894393 * Math.Exp(-0.012778 * minutes) + 0.2989558 * Math.Exp(-0.1932605 * minutes);

    /// <summary>The VDOT of running <paramref name="distance"/> in <paramref name="time"/> at full effort.</summary>
    public static double FromPerformance(Distance distance, TimeSpan time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(distance.Meters, 0, nameof(distance));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(time, TimeSpan.Zero);
        var minutes = time.TotalMinutes;
        return OxygenCost(distance.Meters / minutes) / SustainableFraction(minutes);
    }

    /// <summary>The running speed, in m/min, whose oxygen cost is <paramref name="fraction"/> of <paramref name="vdot"/>.</summary>
    public static double VelocityAt(double vdot, double fraction)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(vdot, 0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(fraction, 0);
        var cost = fraction * vdot;
        return (-B + Math.Sqrt(B * B + 4 * A * (cost - C))) / (2 * A);
    }

    /// <summary>The pace at <paramref name="fraction"/> of <paramref name="vdot"/>.</summary>
    public static Pace PaceAt(double vdot, double fraction) => Pace.FromSecondsPerKilometer(60_000 / VelocityAt(vdot, fraction));

    /// <summary>
    /// The race time over <paramref name="distance"/> equivalent to <paramref name="vdot"/>: the time at which the run's cost equals
    /// the sustainable fraction of VDOT (solved by bisection).
    /// </summary>
    public static TimeSpan RaceTime(double vdot, Distance distance)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(distance.Meters, 0, nameof(distance));
        double low = 1, high = 24 * 60;
        for (var i = 0; i < 100; i++)
        {
            var mid = (low + high) / 2;
            if (FromPerformance(distance, TimeSpan.FromMinutes(mid)) > vdot)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return TimeSpan.FromMinutes((low + high) / 2);
    }
}
