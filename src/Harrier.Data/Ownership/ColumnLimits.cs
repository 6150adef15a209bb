using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Ownership;

/// <summary>
/// Refuses imported text longer than its column allows, naming the record and field, before anything is saved: PostgreSQL would
/// refuse it with a database error, and SQLite would store it and let a page fail later.
/// </summary>
internal static class ColumnLimits
{
    public static void Check(HarrierDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string text && property.Metadata.GetMaxLength() is { } max && text.Length > max)
                {
                    throw new ExportProblem(FormattableString.Invariant(
                        $"A {entry.Metadata.ClrType.Name} has a {property.Metadata.Name} of {text.Length:N0} characters; at most {max:N0} are kept."));
                }
            }
        }
    }
}
