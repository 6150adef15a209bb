using Harrier.Core.Units;

namespace Harrier.Core.Activities;

/// <summary>Run metrics, computed the same way for every file format from an <see cref="Activity"/>.</summary>
/// <remarks>
/// Totals prefer what the device measured: distance, timer and elapsed time come from the session summaries when the file
/// has them (so FIT totals equal the watch's), else from the samples (see <see cref="ActivityTrack"/>). Moving time comes
/// from <see cref="PauseDetector"/>; timer time without device data is elapsed time less gaps longer than
/// <see cref="MetricsOptions.AutoPauseGapSeconds"/> spent not moving. With no timed samples to measure (a manual entry of
/// lap totals), elapsed and moving time are the summary's timer time rather than zero. Ascent uses
/// <see cref="ElevationFilter"/>, grade-adjusted pace <see cref="GradeAdjustedPace"/>. Cadence is whatever the samples hold,
/// which readers give in steps per minute for sports on foot (see <see cref="StepCadence"/>) and revolutions per minute otherwise.
/// </remarks>
public sealed partial record ActivityMetrics
{
    public Distance Distance { get; init; }

    public DistanceSource DistanceSource { get; init; }

    /// <summary>Distance from the samples (device cumulative or GPS), whatever <see cref="Distance"/> uses.</summary>
    public Distance SampleDistance { get; init; }

    public TimeSpan ElapsedTime { get; init; }

    public TimeSpan TimerTime { get; init; }

    public TimeSpan MovingTime { get; init; }

    /// <summary>Moving time over distance.</summary>
    public Pace? AveragePace { get; init; }

    /// <summary>The fastest 1 km, 5 km and 10 km within the activity (elapsed time), for the distances it covers.</summary>
    public IReadOnlyList<BestEffort> BestEfforts { get; init; } = [];

    public IReadOnlyList<Split> KilometerSplits { get; init; } = [];

    public IReadOnlyList<Split> MileSplits { get; init; } = [];

    public double AscentMeters { get; init; }

    public double DescentMeters { get; init; }

    /// <summary>Ascent per kilometre (hilliness).</summary>
    public double ClimbPerKilometer { get; init; }

    public Pace? GradeAdjustedPace { get; init; }

    /// <summary>Average cadence while moving: steps per minute for sports on foot, else revolutions per minute.</summary>
    public double? Cadence { get; init; }

    /// <summary>Highest cadence while moving, in the unit of <see cref="Cadence"/>.</summary>
    public double? MaxCadence { get; init; }

    /// <summary>Time-weighted average heart rate.</summary>
    public double? AverageHeartRate { get; init; }

    public double? MaxHeartRate { get; init; }

    /// <summary>Time in each zone of <see cref="MetricsOptions.Zones"/>.</summary>
    public IReadOnlyList<TimeSpan> TimeInZones { get; init; } = [];

    /// <summary>Seconds at each heart rate, for a heart-rate load (TRIMP) from any maximum and resting heart rate.</summary>
    public HeartRateHistogram HeartRateSeconds { get; init; } = HeartRateHistogram.Empty;

    public int SampleCount { get; init; }

    /// <summary>The metrics of <paramref name="activity"/> (distances in metres, times from the samples or the device's summary).</summary>
    public static ActivityMetrics Compute(Activity activity, MetricsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        options ??= MetricsOptions.Default;
        return Compute(activity, ActivityTrack.From(activity, options), options);
    }

    /// <summary>The metrics of <paramref name="activity"/> from its already computed <paramref name="track"/>.</summary>
    public static ActivityMetrics Compute(Activity activity, ActivityTrack track, MetricsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(track);
        options ??= MetricsOptions.Default;
        var seconds = track.Seconds.Span;
        var distance = track.DistanceMeters.Span;
        var moving = track.MovingSeconds.Span;
        var sampleDistance = distance.IsEmpty ? 0 : distance[^1];
        var sessionDistance = SumOfAll(activity.Sessions, s => s.DistanceMeters);
        var total = sessionDistance is > 0 ? sessionDistance.Value : sampleDistance;
        var span = seconds.IsEmpty ? 0 : seconds[^1];
        var sessionTimer = SumOfAll(activity.Sessions, s => s.TimerTime?.TotalSeconds);
        var elapsed = SumOfAll(activity.Sessions, s => s.ElapsedTime?.TotalSeconds) ?? (span > 0 ? span : sessionTimer ?? 0);
        var movingTotal = span > 0 ? moving[^1] : sessionTimer ?? 0;
        var (ascent, descent) = ElevationFilter.AscentDescent(
            track.AltitudeMeters.Span, track.Timed ? seconds : default, options.ElevationThresholdMeters);
        var cadence = CadenceStats(activity.Samples.Span, moving);
        var (avgHr, maxHr, zones, histogram) = HeartRate(activity.Samples.Span, seconds, options);
        return new ActivityMetrics
        {
            Distance = Distance.FromMeters(total),
            DistanceSource = sessionDistance is > 0 ? DistanceSource.DeviceSummary : track.Source,
            SampleDistance = Distance.FromMeters(sampleDistance),
            ElapsedTime = Time(elapsed),
            TimerTime = Time(sessionTimer ?? TimerSeconds(activity, seconds, moving, elapsed, options)),
            MovingTime = Time(movingTotal),
            AveragePace = PaceOf(total, movingTotal),
            BestEfforts = track.Timed ? Efforts(distance, seconds) : [],
            KilometerSplits = Splits(distance, moving, 1000),
            MileSplits = Splits(distance, moving, Distance.MetersPerMile),
            AscentMeters = ascent,
            DescentMeters = descent,
            ClimbPerKilometer = total >= 1 ? ascent / (total / 1000) : 0,
            GradeAdjustedPace = AdjustedPace(track, options),
            Cadence = cadence.Average,
            MaxCadence = cadence.Max,
            AverageHeartRate = avgHr,
            MaxHeartRate = maxHr,
            TimeInZones = zones,
            HeartRateSeconds = histogram,
            SampleCount = activity.Samples.Length,
        };
    }

    private static BestEffort[] Efforts(ReadOnlySpan<double> distance, ReadOnlySpan<double> seconds)
    {
        var efforts = new List<BestEffort>();
        foreach (var length in BestEffort.Distances)
        {
            if (BestEffort.Find(distance, seconds, length.Meters) is { } effort)
            {
                efforts.Add(effort);
            }
        }

        return [.. efforts];
    }

    /// <summary>A pace, or null unless at least a metre was covered in positive time (so damaged totals cannot give infinite paces).</summary>
    private static Pace? PaceOf(double meters, double seconds) =>
        meters >= 1 && double.IsFinite(meters) && seconds > 0 && seconds < 1e10 ? Pace.Of(Distance.FromMeters(meters), Time(seconds)) : null;

    private static TimeSpan Time(double seconds) =>
        double.IsFinite(seconds) && seconds > 0 && seconds < 1e10 ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;

    /// <summary>The sum over all sessions, or null when any session lacks the value (then the samples decide).</summary>
    private static double? SumOfAll(IReadOnlyList<ActivityTotals> totals, Func<ActivityTotals, double?> value)
    {
        double? sum = null;
        foreach (var t in totals)
        {
            if (value(t) is not { } v || !double.IsFinite(v) || v < 0)
            {
                return null;
            }

            sum = (sum ?? 0) + v;
        }

        return sum;
    }

    private static double TimerSeconds(
        Activity activity, ReadOnlySpan<double> seconds, ReadOnlySpan<double> moving, double elapsed, MetricsOptions options)
    {
        if (activity.TimerPauses.Count > 0)
        {
            var paused = activity.TimerPauses.Sum(p => p.StartUtc is { } start ? (start - p.StopUtc).TotalSeconds : 0);
            return Math.Max(0, elapsed - paused);
        }

        var gaps = 0.0;
        for (var i = 1; i < seconds.Length; i++)
        {
            var dt = seconds[i] - seconds[i - 1];
            if (dt > options.AutoPauseGapSeconds && moving[i] == moving[i - 1])
            {
                gaps += dt;
            }
        }

        return Math.Max(0, elapsed - gaps);
    }
}
