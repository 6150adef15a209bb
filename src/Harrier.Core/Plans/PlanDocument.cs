namespace Harrier.Core.Plans;

/// <summary>
/// A plan in the shape the API and the CLI's <c>--json</c> write (serialise with <c>JsonSerializerDefaults.Web</c> for camelCase):
/// <c>feasible</c>, <c>earliestSafeDate</c>, <c>warnings</c> and <c>sessions</c> in date order, plus the change history.
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
    public static PlanDocument From(TrainingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanDocument(plan.Name, plan.Source, plan.Feasible, plan.EarliestSafeDate, plan.IsSuspended, plan.Warnings,
            plan.Workouts.Select(SessionDocument.From).ToArray(), plan.Changes.Select(ChangeDocument.From).ToArray());
    }
}
