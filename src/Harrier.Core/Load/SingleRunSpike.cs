using Harrier.Core.Plans;
using Harrier.Core.Runs;

namespace Harrier.Core.Load;

/// <summary>The single-run check: no run more than 10% longer than the longest run in the previous 30 days.</summary>
/// <remarks>
/// Frandsen JSB et al. (Garmin-RUNSAFE), Br J Sports Med 2025;59(17):1203–1210, EVIDENCE.md §2.1 [V]: the best-supported
/// progression check available. The study measured distance; for planned sessions Harrier applies it to running time, the analogue
/// used in EVIDENCE.md §1.3. A run with nothing in the previous 30 days has no reference and is never flagged.
/// <para>
/// Its bands against ≤ 10%: &gt; 10–30% HRR 1.64, &gt; 30–100% HRR 1.52, &gt; 100% HRR 2.28. Harrier keeps planned runs within
/// <see cref="AllowedIncrease"/> and never lets a run it sizes itself go past <see cref="MaxIncrease"/>; the only run that may use
/// the band between is the goal run, which is faster than the easy long runs and so covers more distance per minute.
/// </para>
/// </remarks>
public static class SingleRunSpike
{
    /// <summary>The largest allowed increase over the previous 30 days' longest run (10%).</summary>
    public const double AllowedIncrease = 0.10;

    /// <summary>The increase Harrier never plans past (30%): where Frandsen 2025's "moderate" band and Nielsen 2014's "&gt; 30%" group start.</summary>
    public const double MaxIncrease = 0.30;

    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    /// <summary>The longest a run may be, given the longest in the previous 30 days.</summary>
    public static double Limit(double previousLongest) => previousLongest * (1 + AllowedIncrease);

    /// <summary>Every item that broke the rule, in time order.</summary>
    /// <param name="items">Runs or sessions in any order.</param>
    /// <param name="at">When each happened.</param>
    /// <param name="amount">Its length in any unit (the same for all).</param>
    public static IReadOnlyList<RunSpike<T>> Find<T>(IEnumerable<T> items, Func<T, DateTime> at, Func<T, double> amount)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(amount);
        var ordered = items.Select(i => (Item: i, At: at(i), Amount: amount(i))).OrderBy(x => x.At).ToArray();
        var spikes = new List<RunSpike<T>>();
        for (var i = 0; i < ordered.Length; i++)
        {
            var current = ordered[i];
            var previous = ordered.Take(i)
                .Where(x => x.At < current.At && x.At >= current.At - Window)
                .Select(x => x.Amount)
                .DefaultIfEmpty(0)
                .Max();
            if (previous > 0 && current.Amount > Limit(previous) + 1e-9)
            {
                spikes.Add(new RunSpike<T>(current.Item, current.Amount, previous));
            }
        }

        return spikes;
    }

    /// <summary>Logged runs that were more than 10% longer (in distance) than the longest run in the previous 30 days.</summary>
    public static IReadOnlyList<RunSpike<Run>> InLog(IEnumerable<Run> runs) => Find(runs, r => r.StartUtc, r => r.Distance.Meters);

    /// <summary>Planned running sessions more than 10% longer (in running time) than the longest in the previous 30 days.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="recentLongest">The longest run the runner did in the 30 days before the plan starts, if known.</param>
    public static IReadOnlyList<RunSpike<PlannedWorkout>> InPlan(TrainingPlan plan, TimeSpan? recentLongest = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var sessions = plan.Workouts.Where(w => w.Workout.IsRunning).ToList();
        if (recentLongest is { } longest && plan.StartDate is { } start)
        {
            var baseline = new Workout(WorkoutKind.Run, "Before the plan", "Your recent longest run.",
                [WorkoutStep.ForTime(StepKind.Run, longest)]);
            sessions.Insert(0, new PlannedWorkout(start.AddDays(-1), 0, baseline));
        }

        return Find(sessions, w => w.Date.ToDateTime(TimeOnly.MinValue), w => w.Workout.RunSeconds).Where(s => s.Item.Week > 0).ToArray();
    }
}
