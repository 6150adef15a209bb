using Harrier.Core.Log;
using Harrier.Core.Plans;
using Harrier.Core.Runs;

namespace Harrier.Core.Load;

/// <summary>Builds day-by-day load series from the run log or from a plan, with every day present (rest days as 0).</summary>
/// <remarks>
/// Session load = session RPE (CR-10) × duration in minutes (Foster 2001, EVIDENCE.md §2.3 [S]); a logged run without a rating
/// counts its heart-rate load through the runner's <see cref="LoadCalibration"/> (<see cref="RunLoad.Of"/>).
/// </remarks>
public static class LoadSeries
{
    /// <summary>The effort assumed for a planned session that states none (3, "Moderate").</summary>
    public static readonly Effort DefaultPlannedEffort = new(3);

    /// <summary>Daily training load of logged runs (manual and imported) in the runner's calendar, from the first to the last run.</summary>
    public static IReadOnlyList<DailyLoad> FromRuns(IEnumerable<Run> runs, TimeZoneInfo zone, LoadCalibration calibration)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(calibration);
        return Fill(runs.Select(r => new DailyLoad(TrainingLog.LocalDay(r.StartUtc, zone), r.LoadWith(calibration).Value ?? 0)));
    }

    /// <summary>The load a plan will bring: each session's target effort × its whole planned time (walks included).</summary>
    public static IReadOnlyList<DailyLoad> FromPlan(TrainingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Fill(plan.Workouts.Select(w => new DailyLoad(w.Date, PlannedLoad(w.Workout))));
    }

    /// <summary>The load a planned workout will bring (RPE × minutes); rest days bring none.</summary>
    public static double PlannedLoad(Workout workout)
    {
        ArgumentNullException.ThrowIfNull(workout);
        return workout.Kind == WorkoutKind.Rest
            ? 0
            : SessionLoad.Of(workout.Target?.Effort ?? DefaultPlannedEffort, TimeSpan.FromSeconds(workout.TotalSeconds));
    }

    /// <summary>Sums loads per day and fills gaps with zero days, from the first day to the last (or <paramref name="until"/>).</summary>
    public static IReadOnlyList<DailyLoad> Fill(IEnumerable<DailyLoad> loads, DateOnly? until = null)
    {
        ArgumentNullException.ThrowIfNull(loads);
        var byDay = loads.GroupBy(l => l.Day).ToDictionary(g => g.Key, g => g.Sum(l => l.Load));
        if (byDay.Count == 0)
        {
            return [];
        }

        var first = byDay.Keys.Min();
        var last = until is { } u && u > byDay.Keys.Max() ? u : byDay.Keys.Max();
        return Enumerable.Range(0, last.DayNumber - first.DayNumber + 1)
            .Select(first.AddDays)
            .Select(d => new DailyLoad(d, byDay.GetValueOrDefault(d)))
            .ToArray();
    }
}
