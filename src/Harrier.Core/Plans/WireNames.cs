namespace Harrier.Core.Plans;

/// <summary>The kebab-case names used in template files and the JSON plan ("walk-run", "warm-up").</summary>
public static class WireNames
{
    public static string Of(WorkoutKind kind) => kind switch
    {
        WorkoutKind.Run => "run",
        WorkoutKind.WalkRun => "walk-run",
        WorkoutKind.CrossTraining => "cross-training",
        WorkoutKind.Strength => "strength",
        WorkoutKind.Mobility => "mobility",
        WorkoutKind.Rest => "rest",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(StepKind kind) => kind switch
    {
        StepKind.WarmUp => "warm-up",
        StepKind.Run => "run",
        StepKind.Walk => "walk",
        StepKind.CoolDown => "cool-down",
        StepKind.CrossTraining => "cross-training",
        StepKind.Strength => "strength",
        StepKind.Mobility => "mobility",
        StepKind.Rest => "rest",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static WorkoutKind ParseWorkoutKind(string name) =>
        Enum.GetValues<WorkoutKind>().Where(k => Of(k) == name).Select(k => (WorkoutKind?)k).FirstOrDefault()
        ?? throw new FormatException($"Unknown workout kind '{name}'.");

    public static StepKind ParseStepKind(string name) =>
        Enum.GetValues<StepKind>().Where(k => Of(k) == name).Select(k => (StepKind?)k).FirstOrDefault()
        ?? throw new FormatException($"Unknown step kind '{name}'.");
}
