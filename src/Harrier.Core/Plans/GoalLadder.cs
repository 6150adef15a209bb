using Harrier.Core.Load;

namespace Harrier.Core.Plans;

// The long-run level (seconds of running) of each build week: the weeks after Couch to 5K, or from the start for a runner who
// can already run 30 minutes. A build week's long run is 10% over the longest before it (SingleRunSpike, Frandsen 2025), never
// above the hold level; every 4th build week is easier (80% of the week before). The levels do not depend on the goal date, so
// the week a runner is ready is the same for every date, and a runner who can run longer now is never ready later.
internal sealed class GoalLadder
{
    /// <summary>Build weeks searched for the target before giving up (ten years: only absurd inputs get this far).</summary>
    public const int MaxWeeks = 520;

    private readonly List<int> _levels = [];
    private int _peak;

    /// <param name="current">The longest run before the first build week (seconds).</param>
    /// <param name="target">The long run the goal needs (seconds).</param>
    public GoalLadder(int current, int target)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(current);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(target);
        Current = current;
        Target = target;
        Hold = Math.Max(target, current);
        _peak = current;
        FirstAtTarget = Find();
    }

    public int Current { get; }

    public int Target { get; }

    /// <summary>The level the long run holds at once reached: the target, or what the runner already runs if that is longer.</summary>
    public int Hold { get; }

    /// <summary>The first build week (from 1) whose long run reaches the target; null when it is never reached.</summary>
    public int? FirstAtTarget { get; }

    public static bool IsEasier(int week) => week % GoalPlanner.EasierWeekEvery == 0;

    /// <summary>The long run of build week <paramref name="week"/> (from 1), in seconds.</summary>
    public int Level(int week)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(week);
        while (_levels.Count < week)
        {
            var next = _levels.Count + 1;
            var level = IsEasier(next)
                ? GoalSessions.Floor5(Previous(next) * GoalPlanner.EasierWeekFactor)
                : Math.Min(Hold, Math.Max(_peak, GoalSessions.Floor5(_peak * (1 + SingleRunSpike.AllowedIncrease))));
            _levels.Add(level);
            _peak = Math.Max(_peak, level);
        }

        return _levels[week - 1];
    }

    /// <summary>The level of the week before an easier week (the one it is 80% of).</summary>
    public int Previous(int week) => week == 1 ? Current : Level(week - 1);

    private int? Find()
    {
        for (var week = 1; week <= MaxWeeks; week++)
        {
            if (Level(week) >= Target)
            {
                return week;
            }
        }

        return null;
    }
}
