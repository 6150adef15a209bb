using Harrier.Core.Runs;
using Harrier.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data;

/// <summary>A shoe with the distance it has covered: its starting distance plus every logged run in it.</summary>
public sealed record ShoeUsage(Shoe Shoe, Distance TotalDistance, int RunCount)
{
    /// <summary>The runner's shoes with their totals, active pairs first, then by name.</summary>
    public static async Task<IReadOnlyList<ShoeUsage>> ForOwnerAsync(HarrierDbContext db, string ownerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var shoes = await db.Shoes.AsNoTracking().Where(s => s.OwnerId == ownerId).ToListAsync(cancellationToken);
        var runs = await db.Runs.AsNoTracking()
            .Where(r => r.OwnerId == ownerId && r.ShoeId != null)
            .Select(r => new { r.ShoeId, r.Distance })
            .ToListAsync(cancellationToken);
        var byShoe = runs.GroupBy(r => r.ShoeId!.Value).ToDictionary(g => g.Key, g => (Sum: g.Aggregate(Distance.Zero, (s, r) => s + r.Distance), Count: g.Count()));
        return shoes
            .Select(s => byShoe.TryGetValue(s.Id, out var u) ? new ShoeUsage(s, s.StartingDistance + u.Sum, u.Count) : new ShoeUsage(s, s.StartingDistance, 0))
            .OrderBy(u => u.Shoe.IsRetired)
            .ThenBy(u => u.Shoe.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }
}
