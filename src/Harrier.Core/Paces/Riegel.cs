using Harrier.Core.Units;

namespace Harrier.Core.Paces;

/// <summary>Riegel's race-time prediction: T2 = T1 × (D2 / D1)^1.06.</summary>
/// <remarks>
/// Peter Riegel, Runner's World 1977 and American Scientist 1981;69:285–290 (EVIDENCE.md §2.6 [V]). Riegel gave an endurance range
/// of about 3.5 to 230 minutes; outside it the prediction is less reliable. 5 km in 25:00 predicts 10 km in 52.12 minutes [D].
/// </remarks>
public static class Riegel
{
    public const double Exponent = 1.06;

    public static readonly TimeSpan EnduranceRangeMin = TimeSpan.FromMinutes(3.5);

    public static readonly TimeSpan EnduranceRangeMax = TimeSpan.FromMinutes(230);

    /// <summary>The predicted time over <paramref name="target"/> from <paramref name="time"/> over <paramref name="known"/>.</summary>
    public static TimeSpan Predict(Distance known, TimeSpan time, Distance target, double exponent = Exponent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(known.Meters, 0, nameof(known));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(target.Meters, 0, nameof(target));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(time, TimeSpan.Zero);
        return TimeSpan.FromSeconds(time.TotalSeconds * Math.Pow(target.Meters / known.Meters, exponent));
    }

    /// <summary>True when both the known and the predicted times lie in Riegel's 3.5–230 minute endurance range.</summary>
    public static bool IsInEnduranceRange(TimeSpan known, TimeSpan predicted) =>
        known >= EnduranceRangeMin && known <= EnduranceRangeMax && predicted >= EnduranceRangeMin && predicted <= EnduranceRangeMax;
}
