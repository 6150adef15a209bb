using Harrier.Core.Plans;
using Harrier.Core.Remedies;
using Harrier.Data;
using Harrier.Data.Plans;
using Harrier.Data.Remedies;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Features.Remedies;

/// <summary>
/// A runner's remedy experiments: starting one (never overlapping another that still runs, because both would share the same
/// morning-pain outcome), reading one with its analysis, and stopping one. Every query is limited to the runner's own rows.
/// </summary>
public sealed class RunnerRemedies(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>Every experiment of the runner, newest first, each analysed from its check-ins (run load is left out).</summary>
    public async Task<IReadOnlyList<RemedyReport>> ListAsync(HarrierUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var trials = await db.RemedyTrials.AsNoTracking().Where(t => t.OwnerId == user.Id)
            .OrderByDescending(t => t.Start).ThenByDescending(t => t.Id).ToListAsync(cancellationToken);
        if (trials.Count == 0)
        {
            return [];
        }

        var from = trials.Min(t => t.Start);
        var checkIns = (await db.CheckIns.AsNoTracking().Where(c => c.OwnerId == user.Id && c.Day >= from).ToListAsync(cancellationToken))
            .Select(c => c.ToCheckIn()).ToArray();
        var today = user.Today(clock);
        return trials.Select(t => RemedyReport.Build(t, checkIns, [], user.TimeZone, today, Core.Load.LoadCalibration.Default)).ToArray();
    }

    /// <summary>The runner's experiment <paramref name="id"/> with its analysis and daily pain and load, or null if it is not theirs.</summary>
    public async Task<RemedyReport?> FindAsync(HarrierUser user, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var trial = await db.RemedyTrials.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.OwnerId == user.Id, cancellationToken);
        if (trial is null)
        {
            return null;
        }

        var design = trial.Design;
        var checkIns = await db.CheckIns.AsNoTracking()
            .Where(c => c.OwnerId == user.Id && c.Day >= design.Start && c.Day <= design.End).ToListAsync(cancellationToken);
        // A day in the runner's zone can start up to 14 hours either side of UTC midnight: read a day more at each end.
        var fromUtc = design.Start.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var toUtc = design.End.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var runs = await db.Runs.AsNoTracking().OwnedBy(user.Id).Where(r => r.StartUtc >= fromUtc && r.StartUtc < toUtc).ToListAsync(cancellationToken);
        var calibration = await new Data.Log.RunnerLog(db).CalibrationAsync(user.Id, cancellationToken);
        return RemedyReport.Build(trial, checkIns.Select(c => c.ToCheckIn()), runs, user.TimeZone, user.Today(clock), calibration);
    }

    /// <summary>
    /// What the runner's active plan means for an experiment from <paramref name="start"/>: the pairs that fit before its goal day
    /// (<paramref name="pairs"/> when given) and how much its running changes from the experiment's first week to its last.
    /// </summary>
    public async Task<RemedyPlanNotes> PlanNotesAsync(HarrierUser user, DateOnly start, int periodDays, int? pairs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var period = Math.Clamp(periodDays, RemedyExperimentDesign.MinPeriodDays, RemedyExperimentDesign.MaxPeriodDays);
        var plan = (await new RunnerPlans(db, clock).ActiveAsync(user.Id, cancellationToken))?.Plan;
        var length = RemedyPlanFit.DefaultLength(start, period, plan);
        var count = Math.Clamp(pairs ?? length.Pairs, 1, RemedyExperimentDesign.MaxPairs);
        var load = plan is null ? null : RemedyPlanFit.Load(start, start.AddDays(2 * count * period - 1), plan);
        return new RemedyPlanNotes(length, load);
    }

    /// <summary>
    /// Checks the request, draws the order of each pair from <paramref name="random"/> and stores the experiment; with
    /// <see cref="RemedyRequest.HoldPlanSteady"/>, the active plan is held steady through it (<see cref="PlanEdits.HoldSteady"/>).
    /// Pairs left out are the ones that fit before the plan's goal day.
    /// </summary>
    public async Task<(RemedyTrial? Trial, Dictionary<string, string[]> Errors, PlanChange? PlanChange)> StartAsync(
        HarrierUser user, RemedyRequest request, Random random, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var today = user.Today(clock);
        if (request.Start is { } start && request.Pairs is null && request.CheckFields(today).Count == 0)
        {
            request.Pairs = (await PlanNotesAsync(user, start, request.PeriodDays, null, cancellationToken)).Length.Pairs;
        }

        var (design, exerciseId, errors) = request.Build(today, random);
        if (design is null)
        {
            return (null, errors, null);
        }

        if (await OverlappingAsync(user.Id, design, cancellationToken) is { } other)
        {
            var free = (other.StoppedOn ?? other.Design.End.AddDays(1)).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
            errors["start"] = [$"Your experiment with {other.Remedy} runs over these days, and both would share the same morning check-ins. "
                + $"Start on {free} or later, or stop that experiment first."];
            return (null, errors, null);
        }

        var plans = new RunnerPlans(db, clock);
        var stored = request.HoldPlanSteady ? await plans.ActiveAsync(user.Id, cancellationToken) : null;
        var steady = stored is null ? null : PlanEdits.HoldSteady(stored.Plan, design.Start, design.End, $"your experiment with {design.Remedy}", today);
        if (request.HoldPlanSteady && steady is not { IsValid: true })
        {
            errors["holdPlanSteady"] = [steady?.Errors.Values.SelectMany(m => m).FirstOrDefault() ?? "You have no plan to hold steady."];
            return (null, errors, null);
        }

        var trial = RemedyTrial.From(user.Id, design, exerciseId, clock.GetUtcNow().UtcDateTime);
        db.RemedyTrials.Add(trial);
        await db.SaveChangesAsync(cancellationToken);
        if (stored is not null && steady is not null)
        {
            await plans.ApplyAsync(stored, steady, cancellationToken);
        }

        return (trial, errors, steady?.Change);
    }

    /// <summary>Stops the runner's experiment today (a second stop keeps the first date); false if it is not theirs.</summary>
    public async Task<bool> StopAsync(HarrierUser user, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var trial = await db.RemedyTrials.SingleOrDefaultAsync(t => t.Id == id && t.OwnerId == user.Id, cancellationToken);
        if (trial is null)
        {
            return false;
        }

        trial.StoppedOn ??= user.Today(clock);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<RemedyTrial?> OverlappingAsync(string ownerId, RemedyExperimentDesign design, CancellationToken cancellationToken)
    {
        var trials = await db.RemedyTrials.AsNoTracking().Where(t => t.OwnerId == ownerId).ToListAsync(cancellationToken);
        // A stopped experiment holds its days up to the day before it was stopped; a running one up to its planned end.
        return trials.FirstOrDefault(t => design.Start <= (t.StoppedOn?.AddDays(-1) ?? t.Design.End)
            && t.Start <= design.End && (t.StoppedOn is null || t.StoppedOn > t.Start));
    }
}
