namespace Harrier.Core.Plans;

// The Couch to 5K part of a generated plan: NHS Couch to 5K's published sessions, in order, from the week whose longest continuous
// run the runner can already do, up to the first session whose longest run reaches the goal's target (otherwise to the end of
// week 9). With BMI over 30, week one keeps only the runs that fit under 3 km and the rest become brisk walks (Nielsen 2014,
// EVIDENCE.md §2.1 [V]). Spare time can repeat the two biggest step-ups, weeks 4 and 5 (EVIDENCE.md §1.3), and a capped week one.
internal sealed class CouchTo5KPhase
{
    /// <summary>Template weeks repeated when there is time: week 4 (+78% running) and week 5 (the first 20 minutes non-stop).</summary>
    internal static readonly int[] RepeatOrder = [4, 5];

    private readonly List<Entry> _entries;

    /// <param name="entryWeek">The template week the runner joins (see <see cref="EntryWeek"/>).</param>
    /// <param name="targetSeconds">The longest run the goal needs; the phase ends at the first session that reaches it.</param>
    /// <param name="weekOneSlots">Run days in the plan's first seven days (for the BMI cap).</param>
    /// <param name="paces">Paces for the week-one distance estimate.</param>
    /// <param name="capWeekOne">True when BMI is over 30.</param>
    /// <param name="repeats">How many of <see cref="RepeatCandidates"/> to repeat.</param>
    public CouchTo5KPhase(int entryWeek, int targetSeconds, int weekOneSlots, GoalPaces paces, bool capWeekOne, int repeats)
    {
        var weeks = Template.Weeks.Where(w => w.Number >= entryWeek).ToArray();
        _entries = weeks.SelectMany(w => w.Workouts.Select(x => new Entry(Item.Template, x, w.Number))).ToList();
        if (capWeekOne)
        {
            CapWeekOne(Math.Min(weekOneSlots, _entries.Count), paces);
        }

        var reaching = _entries.FindIndex(e => e.Item != Item.Walk && e.Workout.LongestRunSeconds >= targetSeconds);
        ReachesTarget = reaching >= 0;
        if (ReachesTarget)
        {
            _entries.RemoveRange(reaching + 1, _entries.Count - reaching - 1);
        }

        RepeatCandidates = (WeekOneRuns is null ? RepeatOrder : [entryWeek, .. RepeatOrder])
            .Where(w => w >= entryWeek && _entries.Count(e => e.TemplateWeek == w) == Template.Weeks[w - 1].Workouts.Count)
            .Distinct().ToArray();
        foreach (var week in RepeatCandidates.Take(repeats))
        {
            var copies = Template.Weeks[week - 1].Workouts.Select((w, i) => new Entry(Item.Repeat, Again(w, week, i + 1), week));
            _entries.InsertRange(_entries.FindLastIndex(e => e.TemplateWeek == week) + 1, copies);
            RepeatedWeeks.Add(week);
        }

        RepeatedWeeks.Sort();
    }

    internal enum Item
    {
        Template,
        Repeat,
        Walk,
    }

    public static PlanTemplate Template => PlanTemplates.Get(GoalPlanner.CouchTo5KTemplateId);

    public IReadOnlyList<Entry> Entries => _entries;

    /// <summary>True when a session's longest run reaches the target, so the goal needs no weeks after Couch to 5K.</summary>
    public bool ReachesTarget { get; }

    /// <summary>Runs kept in week one when BMI is over 30 (null when the cap did not change week one).</summary>
    public int? WeekOneRuns { get; private set; }

    /// <summary>Weeks that could be repeated, in order: a capped first week, then weeks 4 and 5 when the runner does them.</summary>
    public IReadOnlyList<int> RepeatCandidates { get; }

    public List<int> RepeatedWeeks { get; } = [];

    /// <summary>The template week a runner joins: the last whose longest continuous run they can already do (week 1 if none).</summary>
    /// <param name="continuousSeconds">What the runner can run without stopping now, in seconds (0 if not running).</param>
    public static int EntryWeek(int continuousSeconds) =>
        Template.Weeks.LastOrDefault(w => w.Workouts.Max(x => x.LongestRunSeconds) <= continuousSeconds)?.Number ?? 1;

    // Nielsen 2014: with BMI over 30, week one stays under 3 km (estimated at the easy pace); later runs become walks.
    private void CapWeekOne(int weekOneSlots, GoalPaces paces)
    {
        var meters = 0.0;
        for (var i = 0; i < weekOneSlots; i++)
        {
            meters += paces.EasyMeters(_entries[i].Workout.RunSeconds);
            if (meters >= GoalPlanner.WeekOneCapMeters)
            {
                WeekOneRuns ??= i;
                _entries[i] = new Entry(Item.Walk, GoalSessions.BriskWalk($"Week {_entries[i].TemplateWeek}, brisk walk"),
                    _entries[i].TemplateWeek);
            }
        }
    }

    private static Workout Again(Workout workout, int week, int run) => workout with
    {
        Title = $"Week {week} again, run {run}",
        Instruction = $"Repeat week {week}: " + workout.Instruction,
        CheckpointNote = null,
    };

    internal sealed record Entry(Item Item, Workout Workout, int TemplateWeek);
}
