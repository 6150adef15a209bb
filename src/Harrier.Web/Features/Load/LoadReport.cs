using Harrier.Core.Load;
using Harrier.Core.Log;
using Harrier.Core.Plans;
using Harrier.Core.Runs;
using Harrier.Data;
using Harrier.Data.Log;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Features.Load;

/// <summary>Everything the load page and <c>GET /api/load</c> show, computed by Core from one runner's log and active plan.</summary>
/// <param name="Today">The runner's calendar day now.</param>
/// <param name="Weeks">The shown weeks, oldest first; the last one is the current week so far.</param>
/// <param name="Fitness">CTL/ATL/TSB for every shown day up to today (warmed up on the 18 weeks before).</param>
/// <param name="AcuteChronic">The acute:chronic trend for every shown day (descriptive only).</param>
/// <param name="Spikes">Runs in the shown weeks more than 10% longer than the longest in the 30 days before them.</param>
/// <param name="Unrated">Runs in the shown weeks with no effort rating, newest first (those with heart rate still count by it).</param>
/// <param name="Calibration">How unrated runs turn heart-rate load into training load.</param>
/// <param name="PlanName">The active plan's name, or null without one.</param>
/// <param name="PlanSuspended">True when the active plan is suspended.</param>
/// <param name="PlannedWeeks">The active plan's weeks from this week on.</param>
public sealed record LoadReport(
    DateOnly Today,
    IReadOnlyList<LoadWeek> Weeks,
    IReadOnlyList<FitnessFatiguePoint> Fitness,
    IReadOnlyList<AcuteChronicPoint> AcuteChronic,
    IReadOnlyList<RunSpike<Run>> Spikes,
    IReadOnlyList<Run> Unrated,
    LoadCalibration Calibration,
    string? PlanName,
    bool PlanSuspended,
    IReadOnlyList<PlannedLoadWeek> PlannedWeeks)
{
    public const int DefaultWeeks = 12;

    public const int MaxWeeks = 52;

    /// <summary>Days of history read before the first shown week: three 42-day time constants, so CTL has settled.</summary>
    private const int WarmUpDays = 126;

    /// <summary>Unrated runs that add no load at all (no heart rate, or no heart-rate settings), newest first.</summary>
    public IReadOnlyList<Run> WithoutLoad => [.. Unrated.Where(r => r.LoadWith(Calibration).Basis == LoadBasis.None)];

    /// <summary>Unrated runs that count by their heart-rate load, newest first.</summary>
    public IReadOnlyList<Run> ByHeartRate => [.. Unrated.Where(r => r.LoadWith(Calibration).Basis == LoadBasis.HeartRate)];

    /// <summary>The report over the last <paramref name="weeks"/> calendar weeks (Monday to Sunday) in the runner's zone.</summary>
    /// <remarks>The weeks, their runs and the calibration come from <see cref="RunnerLog"/>, the same query as the log.</remarks>
    public static async Task<LoadReport> BuildAsync(HarrierDbContext db, HarrierUser user, DateTime utcNow, int weeks, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weeks, MaxWeeks);
        var zone = user.TimeZone;
        var today = TrainingLog.LocalDay(utcNow, zone);
        var thisWeek = TrainingLog.WeekStart(today, DayOfWeek.Monday);
        var first = thisWeek.AddDays(-7 * (weeks - 1));
        var warmUp = first.AddDays(-WarmUpDays);
        var logWeeks = await new RunnerLog(db).WeeksAsync(user.Id, zone, warmUp, thisWeek.AddDays(7), ct);
        var calibration = logWeeks[0].Calibration;
        var runs = logWeeks.SelectMany(w => w.Runs).ToArray();

        DateOnly DayOf(Run run) => TrainingLog.LocalDay(run.StartUtc, zone);
        var daily = LoadSeries.Fill(LoadSeries.FromRuns(runs, zone, calibration).Append(new DailyLoad(warmUp, 0)), until: today);
        var weeklyLoad = WeeklyLoad.Weeks(daily.Where(d => d.Day >= first)).ToDictionary(w => w.Start);
        var weekList = logWeeks.Where(w => w.Start >= first).OrderBy(w => w.Start)
            .Select(w => new LoadWeek(w.Start, w.TotalDistance.Meters, w.RunCount, w.UnratedCount, w.NoLoadCount, w.EffortLoad, w.HeartRateLoad,
                weeklyLoad.GetValueOrDefault(w.Start) ?? WeeklyLoad.Of(w.Start, new double[7])))
            .ToArray();

        var stored = await db.Plans.AsNoTracking()
            .Where(p => p.OwnerId == user.Id && p.IsActive)
            .OrderByDescending(p => p.Id)
            .FirstOrDefaultAsync(ct);
        var plan = stored?.Plan;
        return new LoadReport(
            today,
            weekList,
            FitnessFatigue.Series(daily).Where(p => p.Day >= first).ToArray(),
            Core.Load.AcuteChronic.Series(daily).Where(p => p.Day >= first).ToArray(),
            SingleRunSpike.InLog(runs).Where(s => DayOf(s.Item) >= first).ToArray(),
            runs.Where(r => r.Effort is null && DayOf(r) >= first).OrderByDescending(r => r.StartUtc).ToArray(),
            calibration,
            plan is null ? null : stored!.Name,
            plan?.IsSuspended ?? false,
            plan is null ? [] : Ahead(plan, today));
    }
    /// <summary>The plan's load from today on, per week (LoadSeries.FromPlan: target effort, or 3, × planned minutes).</summary>
    private static PlannedLoadWeek[] Ahead(TrainingPlan plan, DateOnly today)
    {
        var sessions = plan.Workouts
            .Where(w => w.Date >= today && w.Workout.Kind != WorkoutKind.Rest)
            .ToLookup(w => TrainingLog.WeekStart(w.Date, DayOfWeek.Monday));
        var ahead = LoadSeries.FromPlan(plan).Where(d => d.Day >= today).ToArray();
        return WeeklyLoad.Weeks(ahead)
            .Select(w => new PlannedLoadWeek(w.Start, w.Load, sessions[w.Start].Count(), sessions[w.Start].Sum(s => s.Workout.RunSeconds)))
            .ToArray();
    }
}
