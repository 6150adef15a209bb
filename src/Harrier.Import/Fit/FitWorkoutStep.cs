namespace Harrier.Import.Fit;

/// <summary>One workout_step message (global 27) as raw profile values: what Harrier writes and what the decoder reads back.</summary>
/// <param name="MessageIndex">Field 254: the step's position, from 0.</param>
/// <param name="Name">Field 0, wkt_step_name, or null.</param>
/// <param name="DurationType">Field 1.</param>
/// <param name="DurationValue">Field 2, raw: ms for <see cref="FitStepDuration.Time"/>, cm for distance, the first step's index for a repeat.</param>
/// <param name="TargetType">Field 3, wkt_step_target: 2 is open (no target).</param>
/// <param name="TargetValue">Field 4, raw: for a repeat, repeat_steps (the number of rounds).</param>
/// <param name="Intensity">Field 7, or null for a repeat step.</param>
/// <param name="Notes">Field 8, or null.</param>
public sealed record FitWorkoutStep(
    int MessageIndex, string? Name, FitStepDuration DurationType, uint? DurationValue, int? TargetType, uint? TargetValue,
    FitIntensity? Intensity, string? Notes)
{
    /// <summary>The wkt_step_target value for "no target".</summary>
    public const int OpenTarget = 2;

    public bool IsRepeat => DurationType == FitStepDuration.RepeatUntilStepsComplete;

    /// <summary>The step's time in seconds (duration_time), or null when it is not a time step.</summary>
    public double? Seconds => DurationType == FitStepDuration.Time && DurationValue is { } v ? v / 1000.0 : null;

    /// <summary>The step's distance in metres (duration_distance), or null when it is not a distance step.</summary>
    public double? Meters => DurationType == FitStepDuration.Distance && DurationValue is { } v ? v / 100.0 : null;
}
