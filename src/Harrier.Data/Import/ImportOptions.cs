using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Import;

/// <summary>Choices a runner makes for one import (upload page, API or CLI alike).</summary>
/// <param name="ShoeId">The pair the imported runs were run in, unless an export's own gear names one of the runner's shoes; null for none.</param>
public sealed record ImportOptions(int? ShoeId = null)
{
    public static ImportOptions None { get; } = new();

    /// <summary>What is wrong with the options for this runner, as a sentence; null when they can be used.</summary>
    public async Task<string?> ProblemAsync(HarrierDbContext db, string ownerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ShoeId is { } id && !await db.Shoes.OwnedBy(ownerId).AnyAsync(s => s.Id == id, cancellationToken)
            ? "Choose one of your own pairs of shoes, or none."
            : null;
    }

    /// <summary>The runner's shoe called <paramref name="nameOrId"/> (its name, any case, or its number); null when there is none.</summary>
    public static async Task<int?> FindShoeAsync(HarrierDbContext db, string ownerId, string nameOrId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(nameOrId);
        var shoes = await db.Shoes.AsNoTracking().OwnedBy(ownerId).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        var text = nameOrId.Trim();
        return shoes.FirstOrDefault(s => string.Equals(s.Name, text, StringComparison.OrdinalIgnoreCase))?.Id
            ?? shoes.FirstOrDefault(s => s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == text)?.Id;
    }
}
