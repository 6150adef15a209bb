using Harrier.Core.Units;

namespace Harrier.Core.Activities;

/// <summary>
/// The metrics of a recorded run as Harrier stores them: computed once at import from the finished activity
/// (<see cref="ActivityMetrics"/>), shown as they are by pages, the API and the CLI, and recomputed from the original file only
/// when <see cref="Version"/> is older than <see cref="CurrentVersion"/> (the <c>harrier recompute</c> command).
/// </summary>
/// <remarks>
/// The run's distance and timer time live on the run itself (the runner may correct them); everything else the file tells is
/// here. Cadence is in steps per minute (see <see cref="StepCadence"/>); splits are by moving time, best efforts by elapsed
/// time. The heart-rate histogram lets the heart-rate load follow the runner's maximum and resting heart rate without
/// decoding the streams again.
/// </remarks>
public sealed record RunMetrics
{
    /// <summary>
    /// The version of the formulas: raise it when a change to the readers or to <see cref="ActivityMetrics"/> changes what is
    /// stored. 0 marks recordings stored before metrics were versioned (no splits, best efforts or heart-rate histogram).
    /// </summary>
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;

    public TimeSpan ElapsedTime { get; init; }

    /// <summary>Time spent moving (<see cref="PauseDetector"/>).</summary>
    public TimeSpan MovingTime { get; init; }

    public double AscentMeters { get; init; }

    public double DescentMeters { get; init; }

    /// <summary>Metres climbed per kilometre: the run's hilliness.</summary>
    public double ClimbPerKilometer { get; init; }

    /// <summary>Time-weighted average heart rate, beats per minute.</summary>
    public double? AverageHeartRate { get; init; }

    /// <summary>Highest heart rate, beats per minute.</summary>
    public double? MaxHeartRate { get; init; }

    /// <summary>Average cadence while moving, steps per minute.</summary>
    public double? Cadence { get; init; }

    /// <summary>Highest cadence while moving, steps per minute.</summary>
    public double? MaxCadence { get; init; }

    public Pace? GradeAdjustedPace { get; init; }

    /// <summary>The fastest kilometre (elapsed time), when the run covers one.</summary>
    public TimeSpan? Best1Kilometer { get; init; }

    /// <summary>The fastest 5 km (elapsed time), when the run covers it.</summary>
    public TimeSpan? Best5Kilometers { get; init; }

    /// <summary>The fastest 10 km (elapsed time), when the run covers it.</summary>
    public TimeSpan? Best10Kilometers { get; init; }

    /// <summary>Per kilometre, by moving time; the last may be shorter and shows its real distance.</summary>
    public IReadOnlyList<Split> KilometerSplits { get; init; } = [];

    /// <summary>Per mile, by moving time; the last may be shorter.</summary>
    public IReadOnlyList<Split> MileSplits { get; init; } = [];

    public HeartRateHistogram HeartRate { get; init; } = HeartRateHistogram.Empty;

    /// <summary>False for metrics stored under older formulas, waiting for <c>harrier recompute</c>.</summary>
    public bool IsCurrent => Version >= CurrentVersion;

    /// <summary>The best efforts this run holds, shortest first.</summary>
    public IReadOnlyList<BestEffort> BestEfforts =>
        new[] { Best1Kilometer, Best5Kilometers, Best10Kilometers }
            .Select((time, i) => time is { } t ? new BestEffort(BestEffort.Distances[i], t) : null)
            .OfType<BestEffort>().ToArray();

    /// <summary>The splits in the runner's unit.</summary>
    public IReadOnlyList<Split> Splits(DistanceUnit unit) => unit == DistanceUnit.Miles ? MileSplits : KilometerSplits;

    /// <summary>The stored shape of <paramref name="metrics"/>, computed for a sport on foot (cadence in steps per minute).</summary>
    public static RunMetrics From(ActivityMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        TimeSpan? Best(int i) => metrics.BestEfforts.FirstOrDefault(e => e.Distance == BestEffort.Distances[i])?.Time;
        return new RunMetrics
        {
            ElapsedTime = metrics.ElapsedTime,
            MovingTime = metrics.MovingTime,
            AscentMeters = metrics.AscentMeters,
            DescentMeters = metrics.DescentMeters,
            ClimbPerKilometer = metrics.ClimbPerKilometer,
            AverageHeartRate = metrics.AverageHeartRate,
            MaxHeartRate = metrics.MaxHeartRate,
            Cadence = metrics.Cadence,
            MaxCadence = metrics.MaxCadence,
            GradeAdjustedPace = metrics.GradeAdjustedPace,
            Best1Kilometer = Best(0),
            Best5Kilometers = Best(1),
            Best10Kilometers = Best(2),
            KilometerSplits = metrics.KilometerSplits,
            MileSplits = metrics.MileSplits,
            HeartRate = metrics.HeartRateSeconds,
        };
    }
}
