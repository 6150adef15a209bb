using Harrier.Core.Activities;

namespace Harrier.Core.GroupRuns;

/// <summary>A group run's planned route, from a GPX the coach uploaded: the line to draw, its distance and its climb.</summary>
/// <param name="Name">The route's name (from the file, or the file name).</param>
/// <param name="Points">Up to <see cref="MaxPoints"/> positions along it, in order, in degrees.</param>
/// <param name="Meters">Its length in metres, from every point in the file.</param>
/// <param name="AscentMeters">Its climb in metres (<see cref="ActivityMetrics"/>'s filtered ascent), 0 without heights.</param>
public sealed record GroupRoute(string Name, IReadOnlyList<(double Latitude, double Longitude)> Points, double Meters, double AscentMeters)
{
    /// <summary>The most points kept for drawing.</summary>
    public const int MaxPoints = 1500;

    /// <summary>
    /// The route of a read activity (a GPX route or track, with or without times), or null when it has fewer than two positions.
    /// Distance and climb come from <see cref="ActivityMetrics.Compute(Activity, MetricsOptions?)"/> over every point.
    /// </summary>
    public static GroupRoute? From(Activity activity, string name)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var samples = activity.Samples.Span;
        var positions = new List<(double, double)>();
        foreach (var s in samples)
        {
            if (s.HasPosition)
            {
                positions.Add((s.Latitude, s.Longitude));
            }
        }

        if (positions.Count < 2)
        {
            return null;
        }

        var metrics = ActivityMetrics.Compute(activity);
        var step = Math.Max(1, (positions.Count + MaxPoints - 1) / MaxPoints);
        var kept = positions.Where((_, i) => i % step == 0).ToList();
        if (kept[^1] != positions[^1])
        {
            kept.Add(positions[^1]);
        }

        var meters = metrics.SampleDistance.Meters > 0 ? metrics.SampleDistance.Meters : PathMeters(positions);
        return new GroupRoute(name, kept, meters, metrics.AscentMeters);
    }

    private static double PathMeters(List<(double Lat, double Lon)> points)
    {
        var total = 0.0;
        for (var i = 1; i < points.Count; i++)
        {
            total += Geodesy.HaversineMeters(points[i - 1].Lat, points[i - 1].Lon, points[i].Lat, points[i].Lon);
        }

        return total;
    }
}
