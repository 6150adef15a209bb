namespace Harrier.Core.Activities;

/// <summary>
/// The sample series metrics are computed from: seconds since the first timed sample, cumulative distance, cumulative
/// moving time and altitude, one entry per sample. Also what charts plot.
/// </summary>
/// <remarks>
/// Distance is measured from the activity's start and never steps back. It is the device's cumulative distance when most
/// samples carry one: a first reading of up to <see cref="MaxLeadInMeters"/> is distance covered since the start (a pool
/// length, the first seconds of a run), a larger one is a counter that did not start with this activity (a multisport
/// leg's may start at 40 km) and becomes the zero; a reading a few
/// metres below the last is held at the highest so far (head units step back), one that falls below half of it by more
/// than <see cref="RestartDropMeters"/> is the counter restarting (a new leg, added on), and one implying more than
/// <see cref="MetricsOptions.GpsMaxSpeed"/> is a spike (accepted after three in a row, as a real jump). Otherwise distance is
/// the haversine length of the GPS track, where a fix closer than <see cref="MetricsOptions.GpsMinStepMeters"/> to the last
/// accepted fix is jitter, one implying more than <see cref="MetricsOptions.GpsMaxSpeed"/> is a spike, and the straight line
/// from one recorded segment's end to the next one's start (<see cref="Activity.SegmentStarts"/>) is not counted.
/// </remarks>
public sealed class ActivityTrack
{
    /// <summary>A fall of the device's distance by more than this (and below half the last reading) is its counter restarting.</summary>
    public const double RestartDropMeters = 100;

    /// <summary>The most a device's first reading may show and still count as distance covered since the activity's start.</summary>
    public const double MaxLeadInMeters = 100;

    private ActivityTrack(double[] seconds, double[] distance, double[] moving, double[] altitude, DistanceSource source, bool timed)
    {
        Timed = timed;
        Seconds = seconds;
        DistanceMeters = distance;
        MovingSeconds = moving;
        AltitudeMeters = altitude;
        Source = source;
    }

    public ReadOnlyMemory<double> Seconds { get; }

    public ReadOnlyMemory<double> DistanceMeters { get; }

    public ReadOnlyMemory<double> MovingSeconds { get; }

    public ReadOnlyMemory<double> AltitudeMeters { get; }

    public DistanceSource Source { get; }

    /// <summary>False when fewer than half the samples have a time: then all times count as unknown (zero).</summary>
    public bool Timed { get; }

    public static ActivityTrack From(Activity activity, MetricsOptions options)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(options);
        var samples = activity.Samples.Span;
        var origin = DateTime.MinValue;
        var seconds = new double[samples.Length];
        var altitude = new double[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            if (samples[i].HasTime && origin == DateTime.MinValue)
            {
                origin = samples[i].TimeUtc;
            }

            seconds[i] = samples[i].HasTime ? (samples[i].TimeUtc - origin).TotalSeconds : double.NaN;
            altitude[i] = samples[i].AltitudeMeters;
        }

        var timed = CountTimed(samples) * 2 >= samples.Length && samples.Length > 0;
        if (timed)
        {
            MakeMonotonic(seconds);
        }
        else
        {
            Array.Clear(seconds);
        }

        var (distance, source) = HasDeviceDistance(samples) ? (DeviceDistance(samples, timed ? seconds : null, options), DistanceSource.DeviceSamples)
            : (GpsDistance(samples, seconds, activity.SegmentStarts, options), DistanceSource.Gps);
        var pauses = activity.TimerPauses
            .Select(p => ((p.StopUtc - origin).TotalSeconds, ((p.StartUtc ?? DateTime.MaxValue) - origin).TotalSeconds))
            .OrderBy(p => p.Item1).ToArray();
        var moving = PauseDetector.CumulativeMovingSeconds(seconds, distance, pauses, options.MovingSpeedThreshold);
        return new ActivityTrack(seconds, distance, moving, altitude, distance.Length > 0 ? source : DistanceSource.None, timed);
    }

    /// <summary>Fills missing times with the previous one and flattens steps back in time, so intervals are never negative.</summary>
    private static void MakeMonotonic(double[] seconds)
    {
        var last = 0.0;
        for (var i = 0; i < seconds.Length; i++)
        {
            last = double.IsNaN(seconds[i]) ? last : Math.Max(last, seconds[i]);
            seconds[i] = last;
        }
    }

    private static int CountTimed(ReadOnlySpan<ActivitySample> samples)
    {
        var count = 0;
        foreach (var s in samples)
        {
            count += s.HasTime ? 1 : 0;
        }

        return count;
    }

    private static bool HasDeviceDistance(ReadOnlySpan<ActivitySample> samples)
    {
        var count = 0;
        foreach (var s in samples)
        {
            count += s.HasDistance ? 1 : 0;
        }

        return count > 0 && count >= samples.Length / 2;
    }

    private static double[] DeviceDistance(ReadOnlySpan<ActivitySample> samples, double[]? seconds, MetricsOptions options)
    {
        var result = new double[samples.Length];
        var accepted = new bool[samples.Length];
        double origin = double.NaN, offset = 0, previous = 0, total = 0;
        var last = -1;
        var spikes = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            var d = samples[i].DistanceMeters;
            if (d is >= 0 and <= 1e8)
            {
                if (double.IsNaN(origin))
                {
                    origin = d <= MaxLeadInMeters ? 0 : d;
                }
                else if (d < previous / 2 && previous - d > RestartDropMeters)
                {
                    (offset, origin) = (total, d); // the device's counter restarted (a new leg)
                }
                else if (seconds is not null && IsSpike(d - previous, seconds[i] - seconds[last], options) && ++spikes < 3)
                {
                    result[i] = total;
                    continue;
                }

                var value = offset + d - origin;
                accepted[i] = value > total || d == origin || (value == total && !(samples[i].SpeedMetersPerSecond >= options.MovingSpeedThreshold));
                total = Math.Max(total, value);
                (previous, last, spikes) = (d, i, 0);
            }

            result[i] = total;
        }

        if (seconds is not null)
        {
            FillBetweenReadings(result, accepted, seconds);
        }

        return result;
    }

    /// <summary>
    /// Samples without a reading of their own (missing, a step back, a spike, or no advance while the device's own speed
    /// says it was moving) get the distance interpolated in time between the readings around them, so a held value does not
    /// look like standing still.
    /// </summary>
    private static void FillBetweenReadings(double[] distance, bool[] accepted, double[] seconds)
    {
        var before = -1;
        for (var i = 0; i < distance.Length; i++)
        {
            if (!accepted[i])
            {
                continue;
            }

            if (before >= 0 && i - before > 1 && seconds[i] > seconds[before])
            {
                for (var k = before + 1; k < i; k++)
                {
                    var f = (seconds[k] - seconds[before]) / (seconds[i] - seconds[before]);
                    distance[k] = distance[before] + (f * (distance[i] - distance[before]));
                }
            }

            before = i;
        }
    }

    /// <summary>A forward step faster than <see cref="MetricsOptions.GpsMaxSpeed"/> (or over 100 m in no time).</summary>
    private static bool IsSpike(double step, double dt, MetricsOptions options) =>
        step > 0 && (dt > 0 ? step / dt > options.GpsMaxSpeed : step > RestartDropMeters);

    private static double[] GpsDistance(
        ReadOnlySpan<ActivitySample> samples, double[] seconds, IReadOnlyList<int> segmentStarts, MetricsOptions options)
    {
        var result = new double[samples.Length];
        var anchor = -1;
        var spikes = 0;
        var segment = 0;
        double total = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            while (segment < segmentStarts.Count && segmentStarts[segment] <= i)
            {
                (anchor, spikes, segment) = (-1, 0, segment + 1); // a new segment: the gap before it is not distance
            }

            if (samples[i].HasPosition)
            {
                if (anchor < 0)
                {
                    anchor = i;
                }
                else
                {
                    var a = samples[anchor];
                    var step = Geodesy.HaversineMeters(a.Latitude, a.Longitude, samples[i].Latitude, samples[i].Longitude);
                    var dt = seconds[i] - seconds[anchor];
                    var spike = dt > 0 && step / dt > options.GpsMaxSpeed && ++spikes < 3;
                    if (!spike && step >= options.GpsMinStepMeters)
                    {
                        total += step;
                        anchor = i;
                        spikes = 0;
                    }
                }
            }

            result[i] = total;
        }

        return result;
    }
}
