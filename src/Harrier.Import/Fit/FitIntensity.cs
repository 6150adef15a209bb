namespace Harrier.Import.Fit;

/// <summary>The FIT profile's <c>intensity</c> enum, as used by a workout step (field 7 of workout_step).</summary>
public enum FitIntensity
{
    Active = 0,
    Rest = 1,
    Warmup = 2,
    Cooldown = 3,
    Recovery = 4,
    Interval = 5,
    Other = 6,
}
