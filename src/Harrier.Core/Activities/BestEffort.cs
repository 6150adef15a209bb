using Harrier.Core.Runs;
using Harrier.Core.Units;

namespace Harrier.Core.Activities;

/// <summary>The fastest stretch of one distance within an activity, by elapsed time: a stop on the way counts, as in a race.</summary>
/// <param name="Distance">The stretch's length (1 km, 5 km or 10 km, see <see cref="Distances"/>).</param>
/// <param name="Time">Elapsed time from the interpolated start of the stretch to its end.</param>
public sealed record BestEffort(Distance Distance, TimeSpan Time)
{
    /// <summary>The distances Harrier keeps a best effort for: 1 km, 5 km and 10 km.</summary>
    public static IReadOnlyList<Distance> Distances { get; } =
        [Distance.FromKilometers(1), Distance.FromKilometers(5), Distance.FromKilometers(10)];

    public Pace? Pace => Units.Pace.Of(Distance, Time);

    /// <summary>The best effort over <paramref name="length"/> metres, or null when the activity is shorter or the result is implausible.</summary>
    /// <param name="distance">Cumulative distance from the activity's start, metres, never stepping back.</param>
    /// <param name="seconds">Elapsed seconds since the first sample, one per distance.</param>
    /// <param name="length">The stretch's length in metres.</param>
    /// <remarks>
    /// A stretch faster than <see cref="RunCheck.FastestPace"/> (2:00 per km, quicker than any world record from the mile up) is
    /// a GPS or device glitch, not an effort, and gives no best effort.
    /// </remarks>
    public static BestEffort? Find(ReadOnlySpan<double> distance, ReadOnlySpan<double> seconds, double length)
    {
        if (ActivityMetrics.BestTime(distance, seconds, length) is not { } time)
        {
            return null;
        }

        var effort = new BestEffort(Distance.FromMeters(length), time);
        return effort.Pace is { } pace && pace.SecondsPerKilometer >= RunCheck.FastestPace.SecondsPerKilometer ? effort : null;
    }
}
