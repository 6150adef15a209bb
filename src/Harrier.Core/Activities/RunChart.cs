namespace Harrier.Core.Activities;

/// <summary>The points a run page plots against distance: pace, heart rate and altitude, computed from the stored samples.</summary>
/// <remarks>
/// Distance and moving time come from <see cref="ActivityTrack"/>, so a recording whose samples carry no distance (GPX, or
/// streams stored before distances were made relative) is charted along its GPS track. Pace is measured over a window of
/// moving time rather than taken from the device's instantaneous speed, which GPX files do not have; below 0.5 m/s (standing
/// still) a point has no pace.
/// </remarks>
public sealed record RunChart(IReadOnlyList<ChartPoint> Points)
{
    /// <summary>The moving time a pace is measured over, seconds.</summary>
    public const double PaceWindowSeconds = 30;

    /// <summary>The chart of <paramref name="samples"/>, thinned to about <paramref name="maxPoints"/> points.</summary>
    public static RunChart From(ActivityFormat format, ReadOnlyMemory<ActivitySample> samples, int maxPoints = 600)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, 2);
        var options = MetricsOptions.Default;
        var track = ActivityTrack.From(new Activity { Format = format, Samples = samples }, options);
        var distance = track.DistanceMeters.Span;
        var moving = track.MovingSeconds.Span;
        var span = samples.Span;
        var step = Math.Max(1, span.Length / maxPoints);
        var points = new List<ChartPoint>(Math.Min(span.Length, maxPoints + 1));
        var back = 0;
        for (var i = 0; i < span.Length; i++)
        {
            while (back < i && moving[i] - moving[back + 1] >= PaceWindowSeconds)
            {
                back++;
            }

            if (i % step != 0)
            {
                continue;
            }

            var (meters, seconds) = (distance[i] - distance[back], moving[i] - moving[back]);
            double? pace = seconds >= PaceWindowSeconds / 2 && meters / seconds >= options.MovingSpeedThreshold ? seconds / meters * 1000 : null;
            var s = span[i];
            points.Add(new ChartPoint(distance[i], pace, s.HasHeartRate ? s.HeartRate : null, s.HasAltitude ? s.AltitudeMeters : null));
        }

        return new RunChart(points);
    }
}
