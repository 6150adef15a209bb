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

    /// <summary>How close (metres) a route should pass to its meeting point; farther, and the coach is asked to check the file.</summary>
    public const double NearMeetingPointMeters = 1000;

    /// <summary>The closest the route's drawn points come to <paramref name="meetingPoint"/>, in metres (great-circle, haversine).</summary>
    public double MetersFrom(Daylight.Coordinates meetingPoint) =>
        Points.Min(p => Geodesy.HaversineMeters(meetingPoint.LatitudeDegrees, meetingPoint.LongitudeDegrees, p.Latitude, p.Longitude));

    /// <summary>
    /// A warning in plain words when the route never comes within <see cref="NearMeetingPointMeters"/> of the meeting point
    /// (likely the wrong file, or the wrong place), e.g. "This route comes no closer than 12.3 km to Victoria Park: check the
    /// file and the place."; null when it passes near.
    /// </summary>
    public string? FarFrom(Daylight.Coordinates meetingPoint, string placeName)
    {
        var meters = MetersFrom(meetingPoint);
        return meters <= NearMeetingPointMeters
            ? null
            : string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"This route comes no closer than {meters / 1000:0.0} km to {placeName}: check the file and the place.");
    }

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
