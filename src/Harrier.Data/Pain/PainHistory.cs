using Harrier.Core;
using Harrier.Core.Pain;
using Harrier.Core.Triage;
using Harrier.Data.Intake;
using Harrier.Data.Plans;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Pain;

/// <summary>
/// Loads what Harrier knows of a runner's pain and training for the pain decision and for triage, the one place the web, the API
/// and the CLI read it from: runs (a narrow view, never the recorded files), journal entries, check-ins, "it hurt" sessions,
/// warning-signs checks and shoes, over one look-back window (<see cref="TriageHistory.LookBackDays"/>) counted in local days.
/// </summary>
public sealed class PainHistory(HarrierDbContext db)
{
    /// <summary>The most recent warning-signs checks read (the latest decides; older ones are history).</summary>
    public const int Screens = 20;

    /// <summary>Loads the history up to <paramref name="today"/> (the runner's day).</summary>
    public async Task<TriageHistory> LoadAsync(string ownerId, DateOnly today, CancellationToken cancellationToken)
    {
        var from = today.AddDays(-TriageHistory.LookBackDays);
        // A local day starts at most 14 hours before the same UTC day; runs are cut by their own zone after reading.
        var fromUtc = DateTime.SpecifyKind(from.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc).AddHours(-14);
        var rows = await db.Runs.AsNoTracking().OwnedBy(ownerId).Where(r => r.StartUtc >= fromUtc)
            .Select(r => new
            {
                r.Id,
                r.StartUtc,
                r.TimeZoneId,
                r.Distance,
                r.Surface,
                r.ShoeId,
                ShoeName = r.Shoe != null ? r.Shoe.Name : null,
                Climb = r.Recording != null ? (double?)r.Recording.Metrics.ClimbPerKilometer : null,
                Cadence = r.Recording != null ? r.Recording.Metrics.Cadence : null,
            })
            .ToListAsync(cancellationToken);
        var runs = rows.Select(r => new RunFacts(r.Id, Day(r.StartUtc, r.TimeZoneId), r.StartUtc, r.Distance, r.Surface, r.ShoeId, r.ShoeName,
                r.Climb, r.Cadence))
            .Where(r => r.Day >= from && r.Day <= today).ToArray();
        var signals = await SignalsAsync(ownerId, from, today, runs.Select(r => r.Day), cancellationToken);
        var screens = await db.Screenings.AsNoTracking().Where(s => s.OwnerId == ownerId).OrderByDescending(s => s.TakenUtc).Take(Screens)
            .ToListAsync(cancellationToken);
        var (firstDay, firstWeek) = await FirstWeekAsync(ownerId, cancellationToken);
        var intake = await db.Intakes.LatestForAsync(ownerId, cancellationToken);
        return new TriageHistory(runs, signals, screens.Select(s => s.ToPastScreen()).ToArray(), await ShoesAsync(ownerId, cancellationToken),
            firstDay, firstWeek, intake?.History, intake?.Record.Day);
    }

    private async Task<PainSignals> SignalsAsync(
        string ownerId, DateOnly from, DateOnly today, IEnumerable<DateOnly> runDays, CancellationToken cancellationToken)
    {
        var entries = await db.PainEntries.AsNoTracking().Where(p => p.OwnerId == ownerId && p.Day >= from && p.Day <= today)
            .OrderBy(p => p.Day).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.OwnerId == ownerId && c.Day >= from && c.Day <= today)
            .OrderBy(c => c.Day).ToListAsync(cancellationToken);
        var outcomes = await db.SessionOutcomes.AsNoTracking()
            .Where(o => o.OwnerId == ownerId && o.Date >= from && o.Date <= today && o.Result != SessionResult.Skipped)
            .Select(o => new { o.Date, o.Result, o.PainDuringRun }).ToListAsync(cancellationToken);
        var hurt = outcomes.Where(o => o.Result == SessionResult.Hurt).Select(o => new SessionPain(o.Date, o.PainDuringRun)).ToArray();
        var days = runDays.Concat(outcomes.Select(o => o.Date)).ToHashSet();
        return new PainSignals(entries.Select(e => e.ToEntry()).ToArray(), checkIns.Select(c => c.ToCheckIn()).ToArray(), hurt, days);
    }

    private async Task<(DateOnly? Day, double? Kilometers)> FirstWeekAsync(string ownerId, CancellationToken cancellationToken)
    {
        var first = await db.Runs.AsNoTracking().OwnedBy(ownerId).OrderBy(r => r.StartUtc)
            .Select(r => new { r.StartUtc, r.TimeZoneId }).FirstOrDefaultAsync(cancellationToken);
        if (first is null)
        {
            return (null, null);
        }

        var weekEnd = first.StartUtc.AddDays(7);
        var distances = await db.Runs.AsNoTracking().OwnedBy(ownerId).Where(r => r.StartUtc < weekEnd).Select(r => r.Distance)
            .ToListAsync(cancellationToken);
        return (Day(first.StartUtc, first.TimeZoneId), distances.Sum(d => d.TotalKilometers));
    }

    private async Task<IReadOnlyList<ShoeWear>> ShoesAsync(string ownerId, CancellationToken cancellationToken)
    {
        var usage = await ShoeUsage.ForOwnerAsync(db, ownerId, cancellationToken);
        var firsts = await db.Runs.AsNoTracking().OwnedBy(ownerId).Where(r => r.ShoeId != null)
            .GroupBy(r => r.ShoeId!.Value).Select(g => new { Shoe = g.Key, First = g.Min(r => r.StartUtc) })
            .ToDictionaryAsync(x => x.Shoe, x => x.First, cancellationToken);
        return usage.Select(u => new ShoeWear(u.Shoe.Id, u.Shoe.Name,
            firsts.TryGetValue(u.Shoe.Id, out var first) ? DateOnly.FromDateTime(first) : null, u.TotalDistance)).ToArray();
    }

    private static DateOnly Day(DateTime utc, string zoneId) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZones.Get(zoneId)));
}
