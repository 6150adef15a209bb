namespace Harrier.Core.Screening;

/// <summary>
/// What makes a combination rule fire: other rules of the table that fired together (EVIDENCE §4.7: red flags in combination).
/// </summary>
/// <param name="All">Rule ids that must all have fired.</param>
/// <param name="Any">Rule ids of which at least <paramref name="AtLeast"/> must have fired.</param>
/// <param name="AtLeast">How many of <paramref name="Any"/> are needed (1 when not given). Rules answered by the same question
/// count once, so one answer never makes a cluster on its own (for example "more than a month without getting better" at 60 or over).</param>
public sealed record RuleCombination(IReadOnlyList<string>? All = null, IReadOnlyList<string>? Any = null, int AtLeast = 1)
{
    /// <summary>Every rule id the combination names.</summary>
    public IEnumerable<string> Ids => (All ?? []).Concat(Any ?? []);
}
