namespace Harrier.Core.Plans;

/// <summary>
/// A plan in the shape the API and the CLI's <c>--json</c> write (serialise with <c>JsonSerializerDefaults.Web</c> for camelCase):
/// <c>feasible</c>, <c>earliestSafeDate</c>, <c>warnings</c> and <c>sessions</c> in date order, plus the change history and,
/// for a plan just built from input, <c>inputWarnings</c>: cautions about the input keyed by <see cref="PlanField"/> name.
/// </summary>
public sealed record PlanDocument(
    string Name,
    string Source,
    bool Feasible,
    DateOnly? EarliestSafeDate,
    bool Suspended,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<SessionDocument> Sessions,
    IReadOnlyList<ChangeDocument> Changes)
{
    /// <summary>Cautions about the input the plan was built from (field name → messages); empty for a stored plan.</summary>
    public IReadOnlyDictionary<string, string[]> InputWarnings { get; init; } = new Dictionary<string, string[]>();

    /// <summary>Usual session times: lower-case weekday → "HH:mm" (runner's zone).</summary>
    public IReadOnlyDictionary<string, string> Times { get; init; } = new Dictionary<string, string>();

    /// <summary>The day the plan was paused, while it is paused.</summary>
    public DateOnly? PausedOn { get; init; }

    /// <summary>A plan built from checked input, with the check's cautions.</summary>
    public static PlanDocument From(TrainingPlan plan, PlanInputCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return From(plan) with { InputWarnings = check.Warnings };
    }

    public static PlanDocument From(TrainingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanDocument(plan.Name, plan.Source, plan.Feasible, plan.EarliestSafeDate, plan.IsSuspended, plan.Warnings,
            plan.Workouts.Select(w => SessionDocument.From(w, plan.TimeOf(w))).ToArray(), plan.Changes.Select(ChangeDocument.From).ToArray())
        {
            Times = plan.SessionTimes.OrderBy(t => ((int)t.Key + 6) % 7)
                .ToDictionary(t => t.Key.ToString().ToLowerInvariant(), t => SessionTimeText.Format(t.Value)),
            PausedOn = plan.PausedOn,
        };
    }
}
