using Harrier.Core.Units;

namespace Harrier.Core.Activities;

public sealed partial record ActivityMetrics
{
    /// <summary>Beyond this (100,000 km) a track is not a run and gets no splits, so damaged files cannot make millions of them.</summary>
    public const double MaxSplitDistanceMeters = 1e8;

    /// <summary>Splits of <paramref name="unit"/> metres: the moving time between the interpolated crossings of each boundary.</summary>
    public static IReadOnlyList<Split> Splits(ReadOnlySpan<double> distance, ReadOnlySpan<double> moving, double unit)
    {
        var splits = new List<Split>();
        if (distance.IsEmpty || !(distance[^1] > 0 && distance[^1] <= MaxSplitDistanceMeters))
        {
            return splits;
        }

        double startDistance = 0, startTime = 0;
        var boundary = unit;
        for (var i = 1; i < distance.Length; i++)
        {
            while (distance[i] >= boundary)
            {
                var f = distance[i] > distance[i - 1] ? (boundary - distance[i - 1]) / (distance[i] - distance[i - 1]) : 1;
                var time = moving[i - 1] + (f * (moving[i] - moving[i - 1]));
                splits.Add(new Split(splits.Count + 1, Distance.FromMeters(boundary - startDistance), Time(time - startTime)));
                (startDistance, startTime, boundary) = (boundary, time, boundary + unit);
            }
        }

        var rest = distance[^1] - startDistance;
        if (rest > 1)
        {
            splits.Add(new Split(splits.Count + 1, Distance.FromMeters(rest), Time(moving[^1] - startTime)));
        }

        return splits;
    }

    /// <summary>The least time covering <paramref name="length"/> metres (two pointers, scaled to exactly that length).</summary>
    /// <param name="distance">Cumulative distance, metres, never stepping back.</param>
    /// <param name="moving">Cumulative time, seconds (moving or elapsed), one per distance.</param>
    /// <param name="length">The stretch, metres.</param>
    public static TimeSpan? BestTime(ReadOnlySpan<double> distance, ReadOnlySpan<double> moving, double length)
    {
        double? best = null;
        var start = 0;
        for (var end = 1; end < distance.Length; end++)
        {
            while (start + 1 < end && distance[end] - distance[start + 1] >= length)
            {
                start++;
            }

            var covered = distance[end] - distance[start];
            var time = moving[end] - moving[start];
            if (covered >= length && time > 0)
            {
                var scaled = time * length / covered;
                best = best is null || scaled < best ? scaled : best;
            }
        }

        return best is { } b ? Time(b) : null;
    }

    /// <summary>Moving time over grade-adjusted distance; grades measured over windows of <see cref="MetricsOptions.GradeWindowMeters"/>.</summary>
    private static Pace? AdjustedPace(ActivityTrack track, MetricsOptions options)
    {
        var distance = track.DistanceMeters.Span;
        var moving = track.MovingSeconds.Span;
        var altitude = track.AltitudeMeters.Span;
        double flat = 0, time = 0;
        var start = -1;
        for (var i = 0; i < distance.Length; i++)
        {
            if (double.IsNaN(altitude[i]))
            {
                continue;
            }

            if (start < 0)
            {
                start = i;
                continue;
            }

            var run = distance[i] - distance[start];
            if (run >= options.GradeWindowMeters)
            {
                flat += run * Activities.GradeAdjustedPace.Factor((altitude[i] - altitude[start]) / run);
                time += moving[i] - moving[start];
                start = i;
            }
        }

        return PaceOf(flat, time);
    }

    private static (double? Average, double? Max) CadenceStats(ReadOnlySpan<ActivitySample> samples, ReadOnlySpan<double> moving)
    {
        double sum = 0, max = 0;
        var count = 0;
        for (var i = 1; i < samples.Length; i++)
        {
            if (samples[i].Cadence > 0 && moving[i] > moving[i - 1])
            {
                (sum, max, count) = (sum + samples[i].Cadence, Math.Max(max, samples[i].Cadence), count + 1);
            }
        }

        return count == 0 ? (null, null) : (sum / count, max);
    }

    private static (double? Average, double? Max, IReadOnlyList<TimeSpan> Zones, HeartRateHistogram Histogram) HeartRate(
        ReadOnlySpan<ActivitySample> samples, ReadOnlySpan<double> seconds, MetricsOptions options)
    {
        var zones = new double[options.Zones.LowerBounds.Count];
        var byBeat = new double[HeartRateHistogram.HighestBeatsPerMinute + 1];
        double weighted = 0, weight = 0, max = 0, sum = 0;
        var count = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            if (!samples[i].HasHeartRate)
            {
                continue;
            }

            double hr = samples[i].HeartRate;
            (max, sum, count) = (Math.Max(max, hr), sum + hr, count + 1);
            var dt = i + 1 < samples.Length ? Math.Min(seconds[i + 1] - seconds[i], options.MaxZoneIntervalSeconds) : 0;
            (weighted, weight) = (weighted + (hr * dt), weight + dt);
            var zone = options.Zones.ZoneOf(hr);
            if (zone >= 0)
            {
                zones[zone] += dt;
            }

            if (hr is >= HeartRateHistogram.LowestBeatsPerMinute and <= HeartRateHistogram.HighestBeatsPerMinute && dt > 0)
            {
                byBeat[(int)Math.Round(hr)] += dt;
            }
        }

        double? average = count == 0 ? null : weight > 0 ? weighted / weight : sum / count;
        return (average, count == 0 ? null : max, [.. zones.Select(Time)], HeartRateHistogram.FromSecondsByBeat(byBeat));
    }
}
