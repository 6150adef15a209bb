using Harrier.Core.Coaching;
using Harrier.Data;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Features.Coaching;

/// <summary>The record of coaches' views of a runner's health data, as the runner reads it.</summary>
public static class AccessLog
{
    /// <summary>The latest views, newest first.</summary>
    public static async Task<HealthViewResponse[]> ForRunnerAsync(HarrierDbContext db, string runnerId, int take, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.HealthViews.AsNoTracking().Where(v => v.RunnerId == runnerId).OrderByDescending(v => v.AtUtc).ThenByDescending(v => v.Id)
            .Take(take).Join(db.Users, v => v.CoachId, u => u.Id, (v, u) => new { View = v, u.DisplayName }).ToListAsync(ct);
        return rows.Select(r => new HealthViewResponse(r.DisplayName, r.View.Record, r.View.Record.Words(), r.View.Channel, r.View.AtUtc)).ToArray();
    }
}
