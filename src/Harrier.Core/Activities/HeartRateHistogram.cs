namespace Harrier.Core.Activities;

/// <summary>
/// Seconds recorded at each whole heart rate (beats per minute): enough to compute a heart-rate load (TRIMP) for any maximum
/// and resting heart rate later, without decoding the streams again.
/// </summary>
/// <param name="FirstBeatsPerMinute">The heart rate of <c>Seconds[0]</c>.</param>
/// <param name="Seconds">Seconds at <c>FirstBeatsPerMinute + i</c> bpm; each recorded interval counts up to
/// <see cref="MetricsOptions.MaxZoneIntervalSeconds"/>, as for the time in zones.</param>
public sealed record HeartRateHistogram(int FirstBeatsPerMinute, IReadOnlyList<double> Seconds)
{
    /// <summary>Heart rates outside [20, 260] bpm are not physiological and are left out.</summary>
    public const int LowestBeatsPerMinute = 20;

    public const int HighestBeatsPerMinute = 260;

    public static HeartRateHistogram Empty { get; } = new(0, []);

    public bool IsEmpty => Seconds.Count == 0;

    public double TotalSeconds => Seconds.Sum();

    /// <summary>Each heart rate with the seconds spent at it, skipping rates never recorded.</summary>
    public IEnumerable<(int BeatsPerMinute, double Seconds)> Bins() =>
        Seconds.Select((s, i) => (FirstBeatsPerMinute + i, s)).Where(b => b.s > 0);

    /// <summary>A histogram from seconds indexed by bpm (index 0 = 0 bpm), trimmed to the rates recorded.</summary>
    public static HeartRateHistogram FromSecondsByBeat(double[] secondsByBeat)
    {
        ArgumentNullException.ThrowIfNull(secondsByBeat);
        var first = Array.FindIndex(secondsByBeat, s => s > 0);
        if (first < 0)
        {
            return Empty;
        }

        var last = Array.FindLastIndex(secondsByBeat, s => s > 0);
        return new HeartRateHistogram(first, secondsByBeat[first..(last + 1)].Select(s => Math.Round(s, 1)).ToArray());
    }
}
