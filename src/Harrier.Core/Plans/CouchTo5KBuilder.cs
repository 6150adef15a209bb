using Harrier.Core.Load;
using Harrier.Core.Runs;

namespace Harrier.Core.Plans;

// Lays out a new runner's 5K plan on the NHS Couch to 5K template: the published sessions in order on the runner's run days,
// spare time used for repeat weeks and steady runs, a lighter last week and the goal day. GoalPlanner explains the result.
// The last week is the 7 days before the goal day: a last long run (when two or more runs fit) that brings the goal within the 10%
// rule, then taper runs at 60% of the level trained at; there is never a run the day before the goal day.
internal sealed class CouchTo5KBuilder
{
    /// <summary>
    /// Template weeks repeated when there is time: the two step-ups EVIDENCE.md §1.3 names (week 4: +78% running; week 5 run 3:
    /// the first 20 minutes without walking). More spare time goes to steady runs towards the goal distance instead.
    /// </summary>
    internal static readonly int[] RepeatOrder = [4, 5];

    private const double WeekOneCapMeters = GoalPlanner.WeekOneCapMeters;

    private readonly GoalRequest _request;
    private readonly IReadOnlySet<DayOfWeek> _runDays;
    private readonly IReadOnlySet<DayOfWeek> _mobilityDays;
    private readonly Workout[] _sessions;
    private readonly int[] _sessionWeeks;
    private readonly int _baseline;
    private readonly List<PlannedWorkout> _workouts = [];
    private readonly List<int> _steadyLevels = [];
    private int _steadyBlock;

    public CouchTo5KBuilder(
        GoalRequest request, PlanTemplate template, IReadOnlySet<DayOfWeek> runDays, IReadOnlySet<DayOfWeek> mobilityDays)
    {
        _request = request;
        _runDays = runDays;
        _mobilityDays = mobilityDays;
        _sessions = template.Weeks.SelectMany(w => w.Workouts).ToArray();
        _sessionWeeks = template.Weeks.SelectMany(w => w.Workouts.Select(_ => w.Number)).ToArray();
        _baseline = (int)request.Ability.Continuous.TotalSeconds;
        WeeksNeeded = (int)Math.Ceiling(_sessions.Length / (double)runDays.Count);
        var easyGoal = GoalSessions.Floor5(request.Goal.TotalKilometers * GoalPlanner.AssumedEasyPace.SecondsPerKilometer + 4);
        RaceSeconds = (int)Math.Round(request.TargetTime?.TotalSeconds ?? easyGoal);
        SteadyCap = Math.Max(easyGoal, GoalSessions.Floor5(RaceSeconds + 4));
    }

    private enum Item
    {
        Template,
        Repeat,
        Walk,
        Steady,
        LastLong,
        Taper,
    }

    private readonly record struct Entry(Item Item, Workout? Workout, int TemplateWeek);

    public IReadOnlyList<PlannedWorkout> Workouts => _workouts;

    /// <summary>Weeks the template needs at the runner's number of run days (9 at three a week).</summary>
    public int WeeksNeeded { get; }

    /// <summary>Running time of the goal run at an easy pace, or the target time.</summary>
    public int RaceSeconds { get; }

    /// <summary>The longest steady run after the template: the goal distance at an easy pace (or the target time, if slower).</summary>
    public int SteadyCap { get; }

    public bool Feasible { get; private set; }

    public DateOnly? EarliestSafeDate { get; private set; }

    public List<int> RepeatedWeeks { get; } = [];

    public int SteadyRuns { get; private set; }

    public int? LastLongSeconds { get; private set; }

    public int? TaperSeconds { get; private set; }

    /// <summary>Template sessions left out because they would fall on the day before the goal day.</summary>
    public List<Workout> Dropped { get; } = [];

    /// <summary>Runs kept in week one when BMI is over 30 (null when the cap did not change week one).</summary>
    public int? WeekOneRuns { get; private set; }

    /// <summary>Template sessions the runner's own history made checkpoints (e.g. week 1 for someone who can run 3 minutes).</summary>
    public List<Workout> BaselineCheckpoints { get; } = [];

    /// <summary>The goal run's running time after the 10% rule (it is capped when the goal would be a bigger jump).</summary>
    public int GoalSeconds { get; private set; }

    public CouchTo5KBuilder Build()
    {
        var weeksAvailable = (_request.By.DayNumber - _request.Start.DayNumber) / 7;
        Feasible = weeksAvailable >= WeeksNeeded;
        EarliestSafeDate = Feasible ? null : _request.Start.AddDays(7 * WeeksNeeded);
        var lastDay = Feasible ? _request.By.AddDays(-2) : _request.By;
        var slots = Days(lastDay).Where(d => _runDays.Contains(d.DayOfWeek)).ToArray();
        var sequence = Sequence(slots);
        for (var i = 0; i < slots.Length && i < sequence.Count; i++)
        {
            Place(slots[i], sequence[i]);
        }

        Dropped.AddRange(sequence.Skip(Feasible ? slots.Length : int.MaxValue).Where(s => s.Item == Item.Template).Select(s => s.Workout!));
        foreach (var day in Days(Feasible ? _request.By.AddDays(-1) : _request.By).Where(d => _mobilityDays.Contains(d.DayOfWeek)))
        {
            _workouts.Add(new PlannedWorkout(day, Week(day), GoalSessions.Mobility()));
        }

        if (Feasible)
        {
            AddGoal();
        }

        return this;
    }

    private IEnumerable<DateOnly> Days(DateOnly last) =>
        Enumerable.Range(0, Math.Max(0, last.DayNumber - _request.Start.DayNumber + 1)).Select(_request.Start.AddDays);

    private int Week(DateOnly day) => (day.DayNumber - _request.Start.DayNumber) / 7 + 1;

    private List<Entry> Sequence(DateOnly[] slots)
    {
        var sequence = _sessions.Select((w, i) => new Entry(Item.Template, w, _sessionWeeks[i])).ToList();
        CapWeekOne(sequence, slots.Count(d => Week(d) == 1));
        if (!Feasible)
        {
            return sequence;
        }

        var beforeLastWeek = slots.Count(d => d < _request.By.AddDays(-7));
        var extra = beforeLastWeek - _sessions.Length;
        var finals = extra >= 0 ? slots.Length - beforeLastWeek : Math.Max(0, slots.Length - _sessions.Length);
        var order = (WeekOneRuns is null ? RepeatOrder : [1, .. RepeatOrder]).ToList();
        while (extra > 0 && order.Count > 0)
        {
            var week = order[0];
            order.RemoveAt(0);
            var copies = _sessions.Where((_, i) => _sessionWeeks[i] == week).ToArray();
            if (copies.Length > extra)
            {
                break;
            }

            var at = sequence.FindLastIndex(s => s.TemplateWeek == week) + 1;
            sequence.InsertRange(at, copies.Select((w, i) => new Entry(Item.Repeat, Again(w, week, i + 1), week)));
            RepeatedWeeks.Add(week);
            extra -= copies.Length;
        }

        SteadyRuns = Math.Max(0, extra);
        sequence.AddRange(Enumerable.Repeat(new Entry(Item.Steady, null, 0), SteadyRuns));
        sequence.AddRange(Enumerable.Range(0, finals).Select(i => new Entry(i == 0 && finals > 1 ? Item.LastLong : Item.Taper, null, 0)));
        RepeatedWeeks.Sort();
        return sequence;
    }

    // Nielsen 2014: with BMI over 30, week one stays under 3 km (estimated at the assumed easy pace); later runs become walks.
    private void CapWeekOne(List<Entry> sequence, int weekOneSlots)
    {
        if (_request.Bmi is not > GoalPlanner.BmiThreshold)
        {
            return;
        }

        var meters = 0.0;
        for (var i = 0; i < weekOneSlots && i < sequence.Count; i++)
        {
            meters += sequence[i].Workout!.RunSeconds / GoalPlanner.AssumedEasyPace.SecondsPerKilometer * 1000;
            if (meters >= WeekOneCapMeters)
            {
                WeekOneRuns ??= i;
                sequence[i] = new Entry(Item.Walk, BriskWalk(sequence[i].TemplateWeek), sequence[i].TemplateWeek);
            }
        }
    }

    private void Place(DateOnly day, Entry item)
    {
        var week = Week(day);
        var workout = item.Item switch
        {
            Item.Template => Flagged(item.Workout!, day),
            Item.Repeat or Item.Walk => item.Workout!,
            Item.Steady => Steady(day, week),
            Item.LastLong => Continuous($"Week {week}: last long run", (int)(LastLongSeconds = Math.Min(SteadyCap, Allowed(day)))),
            _ => Continuous($"Week {week}: taper run",
                (int)(TaperSeconds = Math.Min(Allowed(day), Minutes(LevelBeforeFinal() * GoalPlanner.TaperFactor)))),
        };
        _workouts.Add(new PlannedWorkout(day, week, workout));
    }

    // A template session that breaks the 10% rule against the runner's own history and is not a published checkpoint is flagged
    // the same way (for example week 1's 8 minutes for someone who can run 3 minutes now).
    private Workout Flagged(Workout workout, DateOnly day)
    {
        if (workout.IsCheckpoint || workout.RunSeconds <= Allowed(day))
        {
            return workout;
        }

        BaselineCheckpoints.Add(workout);
        return workout with
        {
            CheckpointNote = $"Checkpoint: this session has {GoalSessions.Text(workout.RunSeconds)} of running in all, more than 10% " +
                $"over your longest recent run ({GoalSessions.Text(Longest(day))}), though in short bouts with walks between. " +
                "Hold or repeat the previous session if it felt hard.",
        };
    }

    private Workout Steady(DateOnly day, int week)
    {
        if (week != _steadyBlock)
        {
            _steadyBlock = week;
            var last = _steadyLevels.Count > 0 ? _steadyLevels[^1] : _sessions[^1].RunSeconds;
            var recent = _steadyLevels.TakeLast(3).Append(_sessions[^1].RunSeconds).Max();
            // Every 4th steady week is easier, but not in the last two weeks before the taper (the taper must be lighter than them):
            // an easier week due there comes earlier instead.
            var n = _steadyLevels.Count + 1;
            var easier = !NearTaper(week) && (n % GoalPlanner.EasierWeekEvery == 0
                || (NearTaper(week + 1) && (n + 1) % GoalPlanner.EasierWeekEvery == 0)
                || (NearTaper(week + 1) && NearTaper(week + 2) && (n + 2) % GoalPlanner.EasierWeekEvery == 0));
            _steadyLevels.Add(easier
                ? GoalSessions.Floor5(last * GoalPlanner.EasierWeekFactor)
                : Math.Min(SteadyCap, GoalSessions.Floor5(recent * (1 + SingleRunSpike.AllowedIncrease))));
        }

        return Continuous($"Week {week}: steady run", Math.Min(_steadyLevels[^1], Allowed(day)));
    }

    // True when plan week `week` reaches into the 14 days before the goal day (the taper and the 7 days before it).
    private bool NearTaper(int week) => _request.Start.AddDays(7 * week - 1) >= _request.By.AddDays(-14);

    // The taper is 60% of the level the runner trained at before the last week: the last steady week, else week 9.
    private int LevelBeforeFinal() => _steadyLevels.Count > 0 ? _steadyLevels[^1] : _sessions[^1].RunSeconds;

    private void AddGoal()
    {
        GoalSeconds = Math.Min(RaceSeconds, Allowed(_request.By));
        var goal = GoalSessions.GoalDay(_request.Goal, GoalSeconds, _request.TargetTime);
        if (GoalSeconds < RaceSeconds)
        {
            goal = goal with
            {
                Instruction = goal.Instruction +
                    $" Run for up to {GoalSessions.Text(GoalSeconds)} (10% more than your longest recent run); " +
                    "if you have not finished by then, walk the rest.",
            };
        }

        _workouts.Add(new PlannedWorkout(_request.By, Week(_request.By), goal));
    }

    private int Longest(DateOnly day)
    {
        var from = day.AddDays(-(int)SingleRunSpike.Window.TotalDays);
        var previous = _workouts.Where(w => w.Date >= from && w.Date < day).Select(w => w.Workout.RunSeconds).DefaultIfEmpty(0).Max();
        return _baseline > 0 && _request.Start.AddDays(-1) >= from ? Math.Max(previous, _baseline) : previous;
    }

    /// <summary>The longest session allowed on <paramref name="day"/> by the single-run rule (int.MaxValue with no history).</summary>
    private int Allowed(DateOnly day) => Longest(day) is > 0 and var p ? GoalSessions.Floor5(SingleRunSpike.Limit(p)) : int.MaxValue;

    private static int Minutes(double seconds) => (int)Math.Floor(seconds / 60) * 60;

    private static Workout Continuous(string title, int seconds) =>
        GoalSessions.Run(title, seconds, int.MaxValue, GoalPlanner.AssumedEasyPace, paceKnown: false);

    private static Workout Again(Workout workout, int week, int run) => workout with
    {
        Title = $"Week {week} again, run {run}",
        Instruction = $"Repeat week {week}: " + workout.Instruction,
        CheckpointNote = null,
    };

    private static Workout BriskWalk(int week) => new(WorkoutKind.CrossTraining, $"Week {week}, brisk walk",
        "Walk briskly for 30 minutes instead of running (an easy cycle or swim is fine too). This keeps your first week under 3 km " +
        "of running.",
        [new WorkoutStep(StepKind.Walk, 1800)], new WorkoutTarget(TimeSpan.FromMinutes(30), null, new Effort(2), null, "Brisk but easy."));
}
