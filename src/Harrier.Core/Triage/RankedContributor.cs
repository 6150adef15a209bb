namespace Harrier.Core.Triage;

/// <summary>A contributor in the ranking, with its place: contributors with the same score share a place.</summary>
/// <param name="Place">1 for the highest score; equal scores share the place ("joint 2nd").</param>
/// <param name="Tied">True when another contributor has the same score.</param>
/// <param name="Contributor">The contributor.</param>
public sealed record RankedContributor(int Place, bool Tied, Contributor Contributor);
