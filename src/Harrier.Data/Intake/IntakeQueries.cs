using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Intake;

/// <summary>Reusable queries over intakes.</summary>
public static class IntakeQueries
{
    /// <summary>The runner's latest intake with its answers, or null.</summary>
    public static async Task<StoredIntake?> LatestForAsync(this DbSet<IntakeRecord> intakes, string runnerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intakes);
        var record = await intakes.AsNoTracking().Where(i => i.RunnerId == runnerId).OrderByDescending(i => i.TakenUtc)
            .ThenByDescending(i => i.Id).FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : StoredIntake.From(record);
    }
}
