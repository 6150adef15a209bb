using Harrier.Core.Runs;

namespace Harrier.Data;

/// <summary>Reusable queries over runs. Every query that serves a person starts from an <c>OwnedBy</c> filter.</summary>
public static class RunQueries
{
    public static IQueryable<Run> OwnedBy(this IQueryable<Run> runs, string ownerId) => runs.Where(r => r.OwnerId == ownerId);

    public static IQueryable<Shoe> OwnedBy(this IQueryable<Shoe> shoes, string ownerId) => shoes.Where(s => s.OwnerId == ownerId);

    /// <summary>Runs that started in [fromUtc, toUtc).</summary>
    public static IQueryable<Run> StartedBetween(this IQueryable<Run> runs, DateTime fromUtc, DateTime toUtc) =>
        runs.Where(r => r.StartUtc >= fromUtc && r.StartUtc < toUtc);
}
