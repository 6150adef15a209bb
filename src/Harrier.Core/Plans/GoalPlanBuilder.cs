using Harrier.Core.Load;

namespace Harrier.Core.Plans;

// Lays out a generated plan day by day: Couch to 5K sessions (if any) on the run days in order, then build weeks from the next
// plan week (a long run on the long-run day at the GoalLadder level, easy runs on the other run days, one of them a threshold run
// once the runner is ready), then, when the goal is reachable, a taper in the 7 days before the goal day and the goal day itself.
// Every run is also clamped so that it is never more than 10% longer than the longest in the 30 days before it (SingleRunSpike).
internal sealed class GoalPlanBuilder
{
    private readonly GoalSetup _setup;
    private readonly IReadOnlyList<CouchTo5KPhase.Entry> _couch;
    private readonly int[] _offsets;
    private readonly List<PlannedWorkout> _workouts = [];

    public GoalPlanBuilder(GoalSetup setup, CouchTo5KPhase? couch)
    {
        _setup = setup;
        Couch = couch;
        _couch = couch?.Entries ?? [];
        _offsets = Enumerable.Range(0, 7).Where(i => setup.RunDays.Contains(setup.Start.AddDays(i).DayOfWeek)).ToArray();
        CappedWeekOne = _couch.Count == 0 && setup.CapWeekOne;
        BuildStartWeek = _couch.Count > 0 ? WeekOf(Slot(_couch.Count - 1)) + 1 : CappedWeekOne ? 2 : 1;
        var current = _couch.Count > 0 ? _couch.Max(e => e.Workout.LongestRunSeconds) : setup.Baseline;
        Ladder = new GoalLadder(Math.Max(current, 1), setup.TargetSeconds);
        ReadyWeek = _couch.Count > 0 && (couch!.ReachesTarget || setup.GraduationGoal) ? BuildStartWeek - 1
            : Ladder.FirstAtTarget is { } b ? BuildStartWeek + b - 1 : null;
    }

    public CouchTo5KPhase? Couch { get; }

    public GoalLadder Ladder { get; }

    /// <summary>The first plan week of build weeks (after Couch to 5K and a capped week one).</summary>
    public int BuildStartWeek { get; }

    /// <summary>True when week one keeps only a short long run because BMI is over 30 and there is no Couch to 5K.</summary>
    public bool CappedWeekOne { get; }

    /// <summary>The plan week by whose end the runner is ready for the taper; null when the target is never reached.</summary>
    public int? ReadyWeek { get; }

    /// <summary>The first build week with a threshold run (null when there is none in the plan).</summary>
    public int? FirstThresholdWeek { get; private set; }

    public IReadOnlyList<PlannedWorkout> Workouts => _workouts;

    /// <summary>Template sessions the runner's own history made checkpoints (e.g. week 3 for someone who can run 3 minutes).</summary>
    public List<Workout> BaselineCheckpoints { get; } = [];

    /// <summary>Seconds the goal run is capped at by the 10% rule (the race seconds when not capped).</summary>
    public int GoalSeconds { get; private set; }

    /// <summary>A goal day on <paramref name="by"/> is safe: ready before a full taper week.</summary>
    public bool Feasible(DateOnly by) => ReadyWeek is { } week && by >= _setup.Start.AddDays(7 * (week + 1));

    /// <summary>The first day after <paramref name="by"/>, on its weekday, that is safe; null when the target is never reached.</summary>
    public DateOnly? EarliestSafeDate(DateOnly by)
    {
        if (ReadyWeek is not { } week)
        {
            return null;
        }

        var first = _setup.Start.AddDays(7 * (week + 1));
        var days = Math.Max(1, (first.DayNumber - by.DayNumber + 6) / 7);
        return by.AddDays(7 * days);
    }

    public GoalPlanBuilder Build(DateOnly by, bool feasible)
    {
        var lastTraining = feasible ? by.AddDays(-8) : by;
        var slot = 0;
        for (var day = _setup.Start; day <= lastTraining; day = day.AddDays(1))
        {
            if (_setup.RunDays.Contains(day.DayOfWeek))
            {
                Add(day, slot < _couch.Count ? Flagged(_couch[slot].Workout, day) : Training(day));
                slot++;
            }
            else if (_setup.MobilityDays.Contains(day.DayOfWeek))
            {
                Add(day, GoalSessions.Mobility());
            }
        }

        if (feasible)
        {
            Taper(by);
            Goal(by);
        }

        return this;
    }

    private void Add(DateOnly day, Workout? workout)
    {
        if (workout is not null)
        {
            _workouts.Add(new PlannedWorkout(day, WeekOf(day), workout));
        }
    }

    private Workout? Training(DateOnly day)
    {
        var week = WeekOf(day);
        if (week < BuildStartWeek && !CappedWeekOne)
        {
            return null; // the rest of the week Couch to 5K ended in
        }

        var isLong = day.DayOfWeek == _setup.LongRunDay;
        if (week < BuildStartWeek)
        {
            var cap = GoalSessions.Floor5(_setup.Paces.EasySeconds(GoalPlanner.WeekOneCapMeters - 50));
            return isLong ? Run(day, $"Week {week}: long run", Math.Min(_setup.Baseline, cap), "Your long run, kept under 3 km this week")
                : GoalSessions.BriskWalk($"Week {week}: brisk walk");
        }

        var b = week - BuildStartWeek + 1;
        var easier = GoalLadder.IsEasier(b);
        var prefix = easier ? $"Week {week}: easier week, " : $"Week {week}: ";
        if (isLong)
        {
            return Run(day, prefix + "long run", Ladder.Level(b), "The week's long run");
        }

        var easy = easier ? GoalSessions.FloorMinute(GoalPlanner.EasierWeekFactor * EasyFor(Ladder.Previous(b))) : EasyFor(Ladder.Level(b));
        if (!easier && b >= GoalPlanner.ThresholdFromWeek && day.DayOfWeek == _setup.ThresholdDay && easy >= GoalSessions.ShortestThreshold
            && Allowed(day) >= easy)
        {
            FirstThresholdWeek ??= week;
            return GoalSessions.Threshold(prefix + "threshold run", easy, _setup.Paces);
        }

        return Run(day, prefix + "easy run", easy, "An easy run");
    }

    /// <summary>Easy runs beside a long run of <paramref name="longRun"/> seconds (see <see cref="GoalPlanner.EasyRunSeconds"/>).</summary>
    private static int EasyFor(int longRun) => GoalPlanner.EasyRunSeconds(longRun);

    // No run under a minute: only absurd inputs (a "recent run" of seconds) get there.
    private Workout? Run(DateOnly day, string title, int seconds, string what) =>
        Math.Min(seconds, Allowed(day)) is >= 60 and var allowed ? GoalSessions.Run(title, allowed, _setup.Paces, what) : null;

    // The 7 days before the goal day: each run is 60% of the running on the same weekday a week earlier, so the week is lighter and
    // holds no new longest run; no run on the day before the goal day.
    private void Taper(DateOnly by)
    {
        for (var day = by.AddDays(-7); day < by; day = day.AddDays(1))
        {
            var before = _workouts.Where(w => w.Date == day.AddDays(-7)).Sum(w => w.Workout.RunSeconds);
            var seconds = GoalSessions.FloorMinute(before * GoalPlanner.TaperFactor);
            if (_setup.RunDays.Contains(day.DayOfWeek) && day < by.AddDays(-1) && seconds >= GoalPlanner.ShortestTaperRun)
            {
                Add(day, GoalSessions.Run($"Week {WeekOf(day)}: taper run", seconds, _setup.Paces, "A lighter week before your goal"));
            }
            else if (_setup.MobilityDays.Contains(day.DayOfWeek))
            {
                Add(day, GoalSessions.Mobility());
            }
        }
    }

    private void Goal(DateOnly by)
    {
        GoalSeconds = Math.Min(_setup.RaceSeconds, Allowed(by));
        var request = _setup.Request;
        var goal = GoalSessions.GoalDay(request.Goal, GoalSeconds, request.TargetTime, request.Unit);
        if (GoalSeconds < _setup.RaceSeconds)
        {
            goal = goal with
            {
                Instruction = goal.Instruction +
                    $" Run for up to {GoalSessions.Text(GoalSeconds)} (10% more than your longest recent run); " +
                    "if you have not finished by then, walk the rest.",
            };
        }

        Add(by, goal);
    }

    // A template session that breaks the 10% rule against the runner's own history and is not a published checkpoint is flagged
    // the same way (for example week 3's 9 minutes of running for someone who can run 3 minutes without stopping).
    private Workout Flagged(Workout workout, DateOnly day)
    {
        if (workout.IsCheckpoint || workout.RunSeconds <= Allowed(day))
        {
            return workout;
        }

        BaselineCheckpoints.Add(workout);
        var bouts = workout.LongestRunSeconds < workout.RunSeconds ? ", though in short bouts with walks between" : "";
        return workout with
        {
            CheckpointNote = $"Checkpoint: this session has {GoalSessions.Text(workout.RunSeconds)} of running in all, more than 10% " +
                $"over your longest recent run ({GoalSessions.Text(Longest(day))}){bouts}. " +
                "Hold or repeat the previous session if it felt hard.",
        };
    }

    /// <summary>The longest run in the 30 days before <paramref name="day"/>; the runner's ability counts as a run the day before the start.</summary>
    private int Longest(DateOnly day)
    {
        var from = day.AddDays(-(int)SingleRunSpike.Window.TotalDays);
        var previous = 0;
        for (var i = _workouts.Count - 1; i >= 0 && _workouts[i].Date >= from; i--)
        {
            previous = _workouts[i].Date < day ? Math.Max(previous, _workouts[i].Workout.RunSeconds) : previous;
        }

        return _setup.Baseline > 0 && _setup.Start.AddDays(-1) >= from ? Math.Max(previous, _setup.Baseline) : previous;
    }

    /// <summary>The longest session allowed on <paramref name="day"/> by the single-run rule (int.MaxValue with no history).</summary>
    private int Allowed(DateOnly day) => Longest(day) is > 0 and var p ? (int)Math.Floor(SingleRunSpike.Limit(p)) : int.MaxValue;

    private DateOnly Slot(int index) => _setup.Start.AddDays(7 * (index / _offsets.Length) + _offsets[index % _offsets.Length]);

    private int WeekOf(DateOnly day) => (day.DayNumber - _setup.Start.DayNumber) / 7 + 1;
}
