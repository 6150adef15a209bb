namespace Harrier.Core.Activities;

/// <summary>
/// The sample series metrics are computed from: seconds since the first timed sample, cumulative distance, cumulative
/// moving time and altitude, one entry per sample. Also what charts plot.
/// </summary>
/// <remarks>
/// Distance is the device's cumulative distance when most samples carry one (a drop, as at a new multisport leg, starts a
/// new leg added to the total); otherwise it is the haversine length of the GPS track, where a fix closer than
/// <see cref="MetricsOptions.GpsMinStepMeters"/> to the last accepted fix is jitter and one implying more than
/// <see cref="MetricsOptions.GpsMaxSpeed"/> is a spike (accepted after three in a row, as a real jump).
/// </remarks>
public sealed class ActivityTrack
{
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

        var (distance, source) = HasDeviceDistance(samples) ? (DeviceDistance(samples), DistanceSource.DeviceSamples)
            : (GpsDistance(samples, seconds, options), DistanceSource.Gps);
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

    private static double[] DeviceDistance(ReadOnlySpan<ActivitySample> samples)
    {
        var result = new double[samples.Length];
        double offset = 0, previous = 0, total = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            var d = samples[i].DistanceMeters;
            if (d is >= 0 and <= 1e8)
            {
                if (d < previous - 1)
                {
                    offset = total; // the device's distance restarted (a new leg)
                }

                total = Math.Max(total, offset + d);
                previous = d;
            }

            result[i] = total;
        }

        return result;
    }

    private static double[] GpsDistance(ReadOnlySpan<ActivitySample> samples, double[] seconds, MetricsOptions options)
    {
        var result = new double[samples.Length];
        var anchor = -1;
        var spikes = 0;
        double total = 0;
        for (var i = 0; i < samples.Length; i++)
        {
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
