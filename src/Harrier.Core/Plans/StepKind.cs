namespace Harrier.Core.Plans;

/// <summary>What one part of a workout is. Wire names are kebab-case ("warm-up", "cool-down", "cross-training").</summary>
public enum StepKind
{
    WarmUp = 0,
    Run = 1,
    Walk = 2,
    CoolDown = 3,
    CrossTraining = 4,
    Strength = 5,
    Mobility = 6,
    Rest = 7,
}
