namespace Harrier.Core.Plans;

/// <summary>What a day of a plan asks for. Wire names: run, walk-run, cross-training, strength, mobility, rest.</summary>
public enum WorkoutKind
{
    /// <summary>Continuous running (with an optional warm-up and cool-down walk).</summary>
    Run = 0,

    /// <summary>Intervals of running and walking.</summary>
    WalkRun = 1,

    /// <summary>Cycling or swimming for a time instead of running.</summary>
    CrossTraining = 2,

    Strength = 3,
    Mobility = 4,
    Rest = 5,
}
