namespace Harrier.Core.Plans;

public static partial class GoalPlanner
{
    private static readonly DayOfWeek[] Week =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday,
        DayOfWeek.Sunday,
    ];

    // The long-run day is the runner's choice when it is a training day, else their last training day of the week. A novice's
    // other days are taken in order from the long-run day, skipping any next to a run day: those become strength and mobility days.
    private static (HashSet<DayOfWeek> Run, HashSet<DayOfWeek> Mobility, DayOfWeek LongRun) ChooseDays(
        GoalRequest request, bool novice, List<string> notes)
    {
        var days = Week.Where(request.Days.Contains).ToArray();
        var longRun = request.LongRunDay is { } lr && days.Contains(lr) ? lr : days[^1];
        if (request.LongRunDay is { } asked && asked != longRun)
        {
            notes.Add($"{asked} is not one of your training days, so the week's longest run is on {longRun}.");
        }

        var run = new HashSet<DayOfWeek> { longRun };
        var mobility = new HashSet<DayOfWeek>();
        var start = Array.IndexOf(Week, longRun);
        foreach (var day in Enumerable.Range(1, 6).Select(i => Week[(start + i) % 7]).Where(days.Contains))
        {
            (novice && (run.Contains(Next(day, 1)) || run.Contains(Next(day, 6))) ? mobility : run).Add(day);
        }

        if (mobility.Count > 0)
        {
            notes.Add($"New runners need a rest day between runs, so {string.Join(" and ", Week.Where(mobility.Contains))} " +
                "will be strength and mobility days instead of runs.");
        }

        return (run, mobility, longRun);
    }

    // The threshold run goes on the run day furthest from the long run (the earlier in the week on a tie), so hard days are apart.
    // Only with paces from a recent run and at least three run days, so the week keeps an easy run as well.
    private static DayOfWeek? ThresholdDay(HashSet<DayOfWeek> runDays, DayOfWeek longRun, GoalPaces paces)
    {
        if (!paces.Known || runDays.Count < 3)
        {
            return null;
        }

        int Apart(DayOfWeek day) => Math.Min((day - longRun + 7) % 7, (longRun - day + 7) % 7);
        return Week.Where(d => runDays.Contains(d) && d != longRun).OrderByDescending(Apart).First();
    }

    private static DayOfWeek Next(DayOfWeek day, int days) => Week[(Array.IndexOf(Week, day) + days) % 7];
}
