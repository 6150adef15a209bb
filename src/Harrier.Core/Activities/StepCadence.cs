namespace Harrier.Core.Activities;

/// <summary>Turns the cadence a device recorded into steps per minute for sports on foot.</summary>
/// <remarks>
/// FIT (<c>cadence</c> + <c>fractional_cadence</c>/128), TCX (<c>RunCadence</c>) and GPX (<c>gpxtpx:cad</c>) record one
/// leg's cycles per minute for running and walking, so the value is doubled; a few apps write whole-body steps instead,
/// which the median gives away: above <see cref="MaxRunningLegCadence"/> for a run (no runner turns one leg over faster) or
/// above <see cref="MaxWalkingLegCadence"/> for a walk or hike, the values are already steps and are kept. For sports not on
/// foot cadence stays in revolutions per minute (crank or stroke rate).
/// </remarks>
public static class StepCadence
{
    /// <summary>The highest median per-leg cadence of a run, cycles per minute (180 steps/min is 90 per leg; sprinters reach ~115).</summary>
    public const double MaxRunningLegCadence = 120;

    /// <summary>The highest median per-leg cadence of a walk or hike, cycles per minute (walkers take 90–130 steps/min).</summary>
    public const double MaxWalkingLegCadence = 75;

    /// <summary>2 when the recorded cadence counts one leg and must be doubled to steps per minute, else 1.</summary>
    /// <param name="sport">The activity's sport; anything not on foot (and unknown) except running rules gives 1.</param>
    /// <param name="medianCadence">The median of the recorded non-zero cadence values; NaN when there are none.</param>
    public static int Factor(ActivitySport sport, double medianCadence)
    {
        if (double.IsNaN(medianCadence) || !(medianCadence > 0))
        {
            return 1;
        }

        return sport switch
        {
            ActivitySport.Running or ActivitySport.Unknown => medianCadence <= MaxRunningLegCadence ? 2 : 1,
            ActivitySport.Walking or ActivitySport.Hiking => medianCadence <= MaxWalkingLegCadence ? 2 : 1,
            _ => 1,
        };
    }

    /// <summary>The median of the positive cadence values in <paramref name="samples"/>; NaN when there are none.</summary>
    public static double Median(ReadOnlySpan<ActivitySample> samples)
    {
        var values = new List<float>();
        foreach (var s in samples)
        {
            if (s.Cadence > 0)
            {
                values.Add(s.Cadence);
            }
        }

        if (values.Count == 0)
        {
            return double.NaN;
        }

        values.Sort();
        return values[values.Count / 2];
    }
}
