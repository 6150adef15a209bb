using Harrier.Core.Units;

namespace Harrier.Core.Plans;

// Everything GoalPlanner works out from a request before laying out weeks.
internal sealed record GoalSetup(
    DateOnly Start,
    Distance Goal,
    IReadOnlySet<DayOfWeek> RunDays,
    IReadOnlySet<DayOfWeek> MobilityDays,
    DayOfWeek LongRunDay,
    bool Novice,
    Pace Pace,
    bool PaceKnown,
    int Baseline,
    int StartLevel,
    int StartRung,
    int TargetSeconds,
    int RaceSeconds,
    TimeSpan? TargetTime)
{
    /// <summary>When true the builder stops at the first week that reaches the target (used to find the earliest safe date).</summary>
    public bool StopAtTarget { get; init; }
}
