using Harrier.Core.Activities;
using Harrier.Core.Plans;
using Harrier.Core.Runs;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Plans;

/// <summary>
/// Runs from the log as the outcome of planned sessions, by Core's one rule (<see cref="SessionMatch"/>): a run saved by hand, through
/// the API, the CLI or an import completes its day's session when it clearly matches (or when the runner already said "done" and
/// no run is linked yet); Today and the API offer the other runs of the day, and the runner can confirm one.
/// </summary>
public sealed class SessionRuns(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Called after <paramref name="run"/> is saved: links it to the active plan's session on its day when the runner marked that
    /// session done (or cut short) without a run, or, with no answer yet, when the run clearly matches; otherwise nothing changes.
    /// </summary>
    /// <returns>The session's date when the run was linked.</returns>
    public async Task<DateOnly?> LinkAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var plans = new RunnerPlans(db, clock);
        var logged = await LoggedAsync(run.OwnerId, [run.Id], cancellationToken);
        if (logged.Count == 0 || !logged[0].IsRunning || await plans.ActiveAsync(run.OwnerId, cancellationToken) is not { } stored)
        {
            return null;
        }

        var day = logged[0].Day;
        if (stored.Plan.On(day).FirstOrDefault(w => w.Workout.IsRunning) is not { } session)
        {
            return null;
        }

        var answer = (await plans.OutcomesAsync(stored, cancellationToken)).GetValueOrDefault(day);
        if (answer is { Result: SessionResult.Done or SessionResult.CutShort, RunId: null })
        {
            return await SetRunAsync(answer.Id, run.Id, cancellationToken) ? day : null;
        }

        if (answer is not null || SessionMatch.Clear(session, await OnDayAsync(run.OwnerId, day, cancellationToken))?.Id != run.Id)
        {
            return null;
        }

        await plans.RecordAsync(stored, new SessionAnswer(day, SessionResult.Done) { RunId = run.Id }, day, cancellationToken);
        return day;
    }

    /// <summary>The runner's runs on <paramref name="day"/> (in the zone each was run in) that could be the session, best first.</summary>
    public async Task<IReadOnlyList<(LoggedRun Run, SessionMatchKind Kind)>> CandidatesAsync(
        StoredPlan stored, DateOnly day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.Plan.On(day).FirstOrDefault(w => w.Workout.IsRunning) is { } session
            ? SessionMatch.Candidates(session, await OnDayAsync(stored.OwnerId, day, cancellationToken))
            : [];
    }

    /// <summary>The runner's run <paramref name="runId"/> as Core weighs it, or null when it is not theirs.</summary>
    public async Task<LoggedRun?> FindAsync(string ownerId, int runId, CancellationToken cancellationToken) =>
        (await LoggedAsync(ownerId, [runId], cancellationToken)).FirstOrDefault();

    private async Task<LoggedRun[]> OnDayAsync(string ownerId, DateOnly day, CancellationToken cancellationToken)
    {
        // A day in any zone lies within 14 hours of UTC midnight either side: read a day more at each end, then keep the day.
        var from = day.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = day.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var ids = await db.Runs.AsNoTracking().OwnedBy(ownerId).StartedBetween(from, to).Select(r => r.Id).ToListAsync(cancellationToken);
        return (await LoggedAsync(ownerId, ids, cancellationToken)).Where(r => r.Day == day).ToArray();
    }

    private async Task<List<LoggedRun>> LoggedAsync(string ownerId, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Runs.AsNoTracking().OwnedBy(ownerId).Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.StartUtc, r.TimeZoneId, r.Duration, Sport = r.Recording == null ? (ActivitySport?)null : r.Recording.Sport })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new LoggedRun(r.Id,
                DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(r.StartUtc, DateTimeKind.Utc), Core.TimeZones.Get(r.TimeZoneId))),
                r.Duration, r.Sport is null or ActivitySport.Running or ActivitySport.Unknown))
            .ToList();
    }

    private async Task<bool> SetRunAsync(int outcomeId, int runId, CancellationToken cancellationToken) =>
        await db.SessionOutcomes.Where(o => o.Id == outcomeId && o.RunId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.RunId, runId), cancellationToken) == 1;
}
