using Harrier.Core.Runs;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Log;

public sealed partial class RunnerLog
{
    /// <summary>One page of the runner's runs that pass <paramref name="filter"/>, newest first, with their shoes.</summary>
    /// <param name="ownerId">The runner.</param>
    /// <param name="zone">The runner's zone, in which the filter's days are counted.</param>
    /// <param name="filter">Which runs (see <see cref="RunFilter.Problems"/>; a filter with problems matches nothing).</param>
    /// <param name="page">1-based; a page past the last gives the last.</param>
    /// <param name="pageSize">Runs per page, 1 to <see cref="RunPage.MaxSize"/>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<RunPage> RunsAsync(
        string ownerId, TimeZoneInfo zone, RunFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, RunPage.MaxSize);
        var query = Filtered(db.Runs.AsNoTracking().OwnedBy(ownerId), zone, filter);
        var total = await query.CountAsync(cancellationToken);
        var last = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Min(page, last);
        var runs = await query.OrderByDescending(r => r.StartUtc).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).Include(r => r.Shoe).ToListAsync(cancellationToken);
        return new RunPage(runs, page, pageSize, total);
    }

    private static IQueryable<Run> Filtered(IQueryable<Run> runs, TimeZoneInfo zone, RunFilter filter)
    {
        if (filter.Problems().Count > 0)
        {
            return runs.Where(r => false);
        }

        if (filter.From is { } from)
        {
            var fromUtc = Utc(from, zone);
            runs = runs.Where(r => r.StartUtc >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = Utc(to.AddDays(1), zone);
            runs = runs.Where(r => r.StartUtc < toUtc);
        }

        if (filter.Source is { } source)
        {
            runs = runs.Where(r => r.Source == source);
        }

        if (filter.ShoeId is { } shoe)
        {
            runs = runs.Where(r => r.ShoeId == shoe);
        }

        return filter.Surface is { } surface ? runs.Where(r => r.Surface == surface) : runs;
    }
}
