namespace Harrier.Core.Plans;

/// <summary>One entry of a plan's change history as the API and <c>--json</c> write it.</summary>
public sealed record ChangeDocument(DateOnly On, string Action, string Reason, string? Basis, int SessionsChanged)
{
    public static ChangeDocument From(PlanChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new ChangeDocument(change.On, change.Action.ToString().ToLowerInvariant(), change.Reason, change.Basis, change.Before.Count);
    }
}
