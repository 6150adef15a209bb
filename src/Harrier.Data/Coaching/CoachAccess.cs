using Harrier.Core.Coaching;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Coaching;

/// <summary>
/// The one place that decides what a coach may see of a runner: an active link, within its scope. Every coach page, API endpoint,
/// CLI command and feed asks here; a runner who is not the coach's client, or data outside the scope, is treated exactly like
/// data that does not exist (the callers answer 404). Views of health data are recorded for the runner.
/// </summary>
public sealed class CoachAccess(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>The active link between the coach and the runner, or null.</summary>
    public Task<CoachLink?> LinkAsync(string coachId, string runnerId, CancellationToken cancellationToken) =>
        db.CoachLinks.AsNoTracking()
            .Where(l => l.CoachId == coachId && l.RunnerId == runnerId && l.EndedUtc == null)
            .OrderByDescending(l => l.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The active link when it covers training data (every active link does), or null.</summary>
    public Task<CoachLink?> TrainingAsync(string coachId, string runnerId, CancellationToken cancellationToken) =>
        LinkAsync(coachId, runnerId, cancellationToken);

    /// <summary>
    /// The active link when it shares health data, or null; when it does, the view of <paramref name="record"/> is recorded
    /// (through <paramref name="channel"/>: "web", "api" or "cli") before the data is returned.
    /// </summary>
    public async Task<CoachLink?> HealthAsync(
        string coachId, string runnerId, HealthRecord record, string channel, CancellationToken cancellationToken)
    {
        var link = await LinkAsync(coachId, runnerId, cancellationToken);
        if (link is not { SharesHealth: true })
        {
            return null;
        }

        db.HealthViews.Add(new HealthView
        {
            LinkId = link.Id, CoachId = coachId, RunnerId = runnerId, Record = record, Channel = channel, AtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return link;
    }

    /// <summary>The coach's active clients with their links, by name.</summary>
    public async Task<IReadOnlyList<(CoachLink Link, HarrierUser Runner)>> ClientsAsync(string coachId, CancellationToken cancellationToken)
    {
        var rows = await db.CoachLinks.AsNoTracking().Where(l => l.CoachId == coachId && l.EndedUtc == null)
            .Join(db.Users, l => l.RunnerId, u => u.Id, (l, u) => new { Link = l, Runner = u })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Link, r.Runner)).OrderBy(r => r.Runner.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToArray();
    }
}
