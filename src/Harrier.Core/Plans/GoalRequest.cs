using Harrier.Core.Units;

namespace Harrier.Core.Plans;

/// <summary>What a goal-by-date plan is built from. Check raw input with <see cref="PlanInput.Validate"/> before making one.</summary>
/// <param name="Start">The plan's first day (today or later, in the runner's calendar).</param>
/// <param name="Goal">The distance to be able to run (up to a half marathon).</param>
/// <param name="By">The goal day: a race or the day the runner wants to run the distance; at most two years after the start.</param>
/// <param name="Days">The weekdays the runner can train on.</param>
/// <param name="Ability">What the runner can do now.</param>
public sealed record GoalRequest(DateOnly Start, Distance Goal, DateOnly By, IReadOnlyList<DayOfWeek> Days, CurrentAbility Ability)
{
    /// <summary>The runner's finishing-time goal, if any.</summary>
    public TimeSpan? TargetTime { get; init; }

    /// <summary>The preferred day for the week's longest run, if any; otherwise the last training day of the week.</summary>
    public DayOfWeek? LongRunDay { get; init; }

    public double? BodyMassKg { get; init; }

    public double? HeightCm { get; init; }

    /// <summary>The unit the plan's paces, distances and notes are written in (kilometres unless the runner prefers miles).</summary>
    public DistanceUnit Unit { get; init; } = DistanceUnit.Kilometers;

    /// <summary>Body-mass index (kg/m²) when mass and height are both given.</summary>
    public double? Bmi => BodyMassKg is { } kg && HeightCm is { } cm && cm > 0 ? kg / (cm / 100 * (cm / 100)) : null;
}
