using Microsoft.EntityFrameworkCore;

namespace Harrier.Data;

/// <summary>Account roles. Everyone is a runner; a coach can also run.</summary>
public static class Roles
{
    public const string Runner = "runner";
    public const string Coach = "coach";

    public static IReadOnlyList<string> All { get; } = [Runner, Coach];

    /// <summary>
    /// True when the account has the coach role: the same role the web app's coach policy requires, read from the database for
    /// callers without a signed-in principal (the CLI).
    /// </summary>
    public static Task<bool> IsCoachAsync(HarrierDbContext db, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var normalized = Coach.ToUpperInvariant();
        return db.UserRoles.AnyAsync(
            ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized), cancellationToken);
    }
}
