using Harrier.Core.Load;

namespace Harrier.Core.Plans;

// Lays out a generated plan week by week. Each week's level is the long run's running time; every session is also clamped
// so that it is never more than 10% longer than the longest session in the 30 days before it (SingleRunSpike).
internal sealed class GoalPlanBuilder(GoalSetup setup)
{
    private readonly List<PlannedWorkout> _workouts = [];
    private readonly List<int> _levels = [];
    private DateOnly? _raceDay;

    public IReadOnlyList<PlannedWorkout> Workouts => _workouts;

    /// <summary>The long-run level of each week built so far (seconds of running).</summary>
    public IReadOnlyList<int> Levels => _levels;

    /// <summary>Builds weeks 1..<paramref name="weeks"/> up to <paramref name="lastDay"/>; with a race the last week is a taper.</summary>
    public GoalPlanBuilder Build(int weeks, DateOnly lastDay, bool race)
    {
        var rung = setup.StartRung;
        _raceDay = race ? lastDay : null;
        for (var week = 1; week <= weeks; week++)
        {
            var taper = race && week == weeks;
            var easier = !taper && week % GoalPlanner.EasierWeekEvery == 0;
            var level = week == 1 ? setup.StartLevel
                : taper ? GoalSessions.Floor5(_levels[^1] * GoalPlanner.TaperFactor)
                : easier ? GoalSessions.Floor5(_levels[^1] * GoalPlanner.EasierWeekFactor)
                : Math.Min(setup.TargetSeconds, GoalSessions.Floor5(_levels.TakeLast(4).Max() * (1 + SingleRunSpike.AllowedIncrease)));
            _levels.Add(level);
            var bout = rung < GoalSessions.BoutLadder.Length ? GoalSessions.BoutLadder[rung] : int.MaxValue;
            AddWeek(week, level, bout, lastDay, taper);
            rung += easier || taper ? 0 : 1;
            if (setup.StopAtTarget && level >= setup.TargetSeconds)
            {
                break;
            }
        }

        return this;
    }

    private void AddWeek(int week, int level, int bout, DateOnly lastDay, bool taper)
    {
        var weekStart = setup.Start.AddDays(7 * (week - 1));
        foreach (var day in Enumerable.Range(0, 7).Select(weekStart.AddDays).Where(d => d <= lastDay))
        {
            if (taper && day == lastDay)
            {
                _workouts.Add(new PlannedWorkout(day, week, GoalSessions.GoalDay(setup.Goal, setup.RaceSeconds, setup.TargetTime)));
            }
            else if (setup.RunDays.Contains(day.DayOfWeek) && day != _raceDay?.AddDays(-1))
            {
                var isLong = day.DayOfWeek == setup.LongRunDay;
                var planned = isLong || setup.Novice ? level : GoalSessions.Floor5(level * GoalPlanner.ShortRunFactor);
                var seconds = Math.Min(planned, Allowed(day));
                var title = isLong && !setup.Novice ? $"Week {week}: long run" : $"Week {week}: run";
                _workouts.Add(new PlannedWorkout(day, week, GoalSessions.Run(title, seconds, bout, setup.Pace, setup.PaceKnown)));
            }
            else if (setup.MobilityDays.Contains(day.DayOfWeek))
            {
                _workouts.Add(new PlannedWorkout(day, week, GoalSessions.Mobility()));
            }
        }
    }

    /// <summary>The longest session allowed on <paramref name="day"/> by the single-run rule.</summary>
    public int Allowed(DateOnly day)
    {
        var from = day.AddDays(-(int)SingleRunSpike.Window.TotalDays);
        var previous = 0;
        for (var i = _workouts.Count - 1; i >= 0 && _workouts[i].Date >= from; i--)
        {
            previous = _workouts[i].Date < day ? Math.Max(previous, _workouts[i].Workout.RunSeconds) : previous;
        }

        if (setup.Baseline > 0 && setup.Start.AddDays(-1) >= from)
        {
            previous = Math.Max(previous, setup.Baseline);
        }

        return previous > 0 ? GoalSessions.Floor5(SingleRunSpike.Limit(previous)) : int.MaxValue;
    }
}
