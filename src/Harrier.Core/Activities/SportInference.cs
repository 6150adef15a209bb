namespace Harrier.Core.Activities;

/// <summary>Tells a run from a walk by pace and cadence when the file does not name the sport (or calls it "other").</summary>
/// <remarks>
/// The recorded cadence is read both ways, as one leg's cycles (the formats' definition, doubled) and as steps, and an
/// activity counts as a run when some reading gives <see cref="MinRunSteps"/>–<see cref="MaxRunSteps"/> steps a minute at
/// <see cref="MinRunSpeed"/>–<see cref="MaxRunSpeed"/> m/s, as a walk when it gives <see cref="MinWalkSteps"/>–
/// <see cref="MinRunSteps"/> at <see cref="MinWalkSpeed"/>–<see cref="MaxWalkSpeed"/> m/s. Without cadence the data cannot
/// tell: a walk, a swim and a paddle all move at about 1 m/s with a GPS track, so the sport stays as the file says. A
/// cross-country ski session counts its arm swings as cadence and can pass for a jog; that is the known limit of this rule.
/// </remarks>
public static class SportInference
{
    public const double MinRunSpeed = 1.7;
    public const double MaxRunSpeed = 7.0;
    public const double MinRunSteps = 140;
    public const double MaxRunSteps = 230;
    public const double MinWalkSpeed = 0.4;
    public const double MaxWalkSpeed = 2.3;
    public const double MinWalkSteps = 70;

    /// <summary>Running, walking, or unknown when the data do not say.</summary>
    /// <param name="movingSpeed">Average speed while moving, m/s.</param>
    /// <param name="medianCadence">Median recorded cadence, as the device wrote it; NaN when there is none.</param>
    public static ActivitySport FromData(double movingSpeed, double medianCadence)
    {
        if (!(medianCadence > 0) || !double.IsFinite(movingSpeed))
        {
            return ActivitySport.Unknown;
        }

        foreach (var steps in (ReadOnlySpan<double>)[2 * medianCadence, medianCadence])
        {
            if (steps is >= MinRunSteps and <= MaxRunSteps && movingSpeed is >= MinRunSpeed and <= MaxRunSpeed)
            {
                return ActivitySport.Running;
            }
        }

        foreach (var steps in (ReadOnlySpan<double>)[2 * medianCadence, medianCadence])
        {
            if (steps is >= MinWalkSteps and < MinRunSteps && movingSpeed is >= MinWalkSpeed and <= MaxWalkSpeed)
            {
                return ActivitySport.Walking;
            }
        }

        return ActivitySport.Unknown;
    }
}
