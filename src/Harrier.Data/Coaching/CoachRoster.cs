using Harrier.Core.Coaching;
using Harrier.Core.Pain;
using Harrier.Core.Plans;
using Harrier.Core.Triage;
using Harrier.Data.Intake;
using Harrier.Data.Pain;
using Harrier.Data.Plans;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Coaching;

/// <summary>
/// Builds a coach's roster: one snapshot per active client, in the scope each shares, ordered by Core's <see cref="Roster"/>.
/// Health columns are read only with the health scope, and reading them is recorded for the runner.
/// </summary>
public sealed class CoachRoster(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>The days adherence looks back over.</summary>
    public const int AdherenceDays = 14;

    /// <summary>The roster for the coach, most pressing first.</summary>
    /// <param name="coachId">The coach.</param>
    /// <param name="channel">"web", "api" or "cli", for the record of health views.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<IReadOnlyList<RosterEntry>> BuildAsync(string coachId, string channel, CancellationToken cancellationToken)
    {
        var access = new CoachAccess(db, clock);
        var snapshots = new List<ClientSnapshot>();
        foreach (var (link, runner) in await access.ClientsAsync(coachId, cancellationToken))
        {
            snapshots.Add(await SnapshotAsync(access, link, runner, channel, cancellationToken));
        }

        return Roster.Order(snapshots);
    }

    /// <summary>One client's snapshot for their coach.</summary>
    public async Task<ClientSnapshot> SnapshotAsync(
        CoachAccess access, CoachLink link, HarrierUser runner, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(runner);
        var today = runner.Today(clock);
        var history = await new PainHistory(db).LoadAsync(runner.Id, today, cancellationToken);
        var plan = await new RunnerPlans(db, clock).ActiveAsync(runner.Id, cancellationToken);
        var (session, planned, done) = plan is null ? (null, 0, 0) : await PlanFiguresAsync(plan, history, today, cancellationToken);
        var last = history.Runs.MaxBy(r => r.StartUtc);
        var worn = history.Shoes.FirstOrDefault(s => s.Total.TotalKilometers >= Roster.WornShoeKilometers)?.Name;
        var snapshot = new ClientSnapshot(runner.Id, runner.DisplayName, link.Scope, await new RunnerIntake(db, clock).StatusAsync(runner.Id, today, cancellationToken),
            session, last?.Day, last?.Distance, planned, done, history.RecentSpike(today), worn);
        if (await access.HealthAsync(link.CoachId, runner.Id, HealthRecord.RosterSummary, channel, cancellationToken) is null)
        {
            return snapshot with { Intake = snapshot.Intake.WithoutHealthDetails() };
        }

        return snapshot with
        {
            LatestMorningPain = history.LatestMorning(today)?.Pain,
            PainDecision = PainTriage.Decide(history.Signals, history.Screens, today),
            OpenWarningSign = history.OpenScreen(today),
            Trend = PainTrend.From(history.Signals, today),
        };
    }

    private async Task<(string? Session, int Planned, int Done)> PlanFiguresAsync(
        StoredPlan stored, TriageHistory history, DateOnly today, CancellationToken cancellationToken)
    {
        var plan = stored.Plan;
        var todays = plan.On(today).FirstOrDefault(w => w.Workout.Kind != WorkoutKind.Rest);
        var session = plan.IsSuspended ? "Plan paused" : todays?.Workout.Title ?? "Rest day";
        var due = plan.Workouts.Where(w => w.Workout.IsRunning && w.Date >= today.AddDays(-AdherenceDays) && w.Date < today)
            .Select(w => w.Date).Distinct().ToArray();
        var outcomes = await db.SessionOutcomes.AsNoTracking().Where(o => o.PlanId == stored.Id && o.Date >= today.AddDays(-AdherenceDays))
            .Select(o => new { o.Date, o.Result }).ToListAsync(cancellationToken);
        var ran = history.Runs.Select(r => r.Day).Concat(outcomes.Where(o => o.Result != SessionResult.Skipped).Select(o => o.Date)).ToHashSet();
        return (session, due.Length, due.Count(ran.Contains));
    }
}
