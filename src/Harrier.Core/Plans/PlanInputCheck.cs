using Harrier.Core.Units;

namespace Harrier.Core.Plans;

/// <summary>
/// What <see cref="PlanInput.Validate"/> found: problems (the plan cannot be made) and cautions (it can, but the runner should
/// know), each keyed by a <see cref="PlanField"/> name with plain-words messages; and, when there are no problems, what to build.
/// </summary>
public sealed record PlanInputCheck
{
    internal PlanInputCheck(Dictionary<string, List<string>> errors, Dictionary<string, List<string>> warnings)
    {
        Errors = errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        Warnings = warnings.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Field name → messages; empty when the input is valid.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>Field name → cautions, such as runs on consecutive days in a plan for new runners.</summary>
    public IReadOnlyDictionary<string, string[]> Warnings { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>The plan's first day (today when none was given).</summary>
    public DateOnly Start { get; init; }

    /// <summary>The template to apply, for a valid template request.</summary>
    public PlanTemplate? Template { get; init; }

    /// <summary>The days to apply the template on (null: its own days).</summary>
    public IReadOnlyList<DayOfWeek>? TemplateDays { get; init; }

    /// <summary>The goal request, for a valid goal request.</summary>
    public GoalRequest? Goal { get; init; }

    /// <summary>The usual session time for each weekday the runner gave one.</summary>
    public IReadOnlyDictionary<DayOfWeek, TimeOnly> Times { get; init; } = new Dictionary<DayOfWeek, TimeOnly>();

    /// <summary>The runner's distance unit.</summary>
    public DistanceUnit Unit { get; init; } = DistanceUnit.Kilometers;

    /// <summary>The plan: the template dated from the start, or the goal plan, with the session times and the runner's unit.</summary>
    /// <exception cref="InvalidOperationException">The input had errors.</exception>
    public TrainingPlan Build()
    {
        if (!IsValid)
        {
            throw new InvalidOperationException("The plan input has errors: " + string.Join(" ", Errors.SelectMany(e => e.Value)));
        }

        var plan = Template is { } template ? template.Apply(Start, TemplateDays) : GoalPlanner.Generate(Goal!);
        return plan with { SessionTimes = Times, Unit = Unit };
    }
}
