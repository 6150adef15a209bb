namespace Harrier.Import.Fit;

/// <summary>The FIT profile's <c>wkt_step_duration</c> enum values Harrier writes (field 1 of workout_step).</summary>
public enum FitStepDuration
{
    /// <summary>duration_value is duration_time: milliseconds (scale 1000, units s).</summary>
    Time = 0,

    /// <summary>duration_value is duration_distance: centimetres (scale 100, units m).</summary>
    Distance = 1,

    /// <summary>Until the lap button is pressed.</summary>
    Open = 5,

    /// <summary>
    /// A repeat: duration_value is duration_step, the message_index of the first step to repeat; target_value is repeat_steps,
    /// how many times the steps from there up to this one are done in all.
    /// </summary>
    RepeatUntilStepsComplete = 6,
}
