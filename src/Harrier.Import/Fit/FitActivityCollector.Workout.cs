namespace Harrier.Import.Fit;

internal sealed partial class FitActivityCollector
{
    /// <summary>The workout message of a workout file (file type 5) with no steps, or null when there was none.</summary>
    public FitWorkout? Workout { get; private set; }

    public List<FitWorkoutStep> WorkoutSteps { get; } = [];

    /// <summary>workout (26): name, sport, sub_sport and num_valid_steps; the steps are added as they come.</summary>
    private void OnWorkout(FitValues v, ReadOnlySpan<byte> message)
    {
        const FitMessageKind Kind = FitMessageKind.Workout;
        Workout ??= new FitWorkout(
            FitBaseType.ReadString(v.Raw(message, Slot(Kind, WorkoutFields.Name))), Int(v, Slot(Kind, WorkoutFields.Sport)),
            Int(v, Slot(Kind, WorkoutFields.SubSport)), Int(v, Slot(Kind, WorkoutFields.NumValidSteps)), []);
    }

    /// <summary>workout_step (27), raw profile values; scales are applied by <see cref="FitWorkoutStep"/>.</summary>
    private void OnWorkoutStep(FitValues v, ReadOnlySpan<byte> message)
    {
        const FitMessageKind Kind = FitMessageKind.WorkoutStep;
        var intensity = Int(v, Slot(Kind, WorkoutStepFields.Intensity));
        WorkoutSteps.Add(new FitWorkoutStep(
            Int(v, Slot(Kind, WorkoutStepFields.MessageIndex)) ?? WorkoutSteps.Count,
            FitBaseType.ReadString(v.Raw(message, Slot(Kind, WorkoutStepFields.Name))),
            (FitStepDuration)(Int(v, Slot(Kind, WorkoutStepFields.DurationType)) ?? (int)FitStepDuration.Open),
            UInt(v, Slot(Kind, WorkoutStepFields.DurationValue)),
            Int(v, Slot(Kind, WorkoutStepFields.TargetType)),
            UInt(v, Slot(Kind, WorkoutStepFields.TargetValue)),
            intensity is { } i ? (FitIntensity)i : null,
            FitBaseType.ReadString(v.Raw(message, Slot(Kind, WorkoutStepFields.Notes)))));
    }

    private static int? Int(FitValues v, int slot) => v.Get(slot) is var x && x is >= int.MinValue and <= int.MaxValue ? (int)x : null;

    private static uint? UInt(FitValues v, int slot) => v.Get(slot) is var x && x is >= 0 and <= uint.MaxValue ? (uint)x : null;
}
