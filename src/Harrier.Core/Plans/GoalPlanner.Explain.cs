using System.Globalization;
using Harrier.Core.Paces;
using Harrier.Core.Units;

namespace Harrier.Core.Plans;

public static partial class GoalPlanner
{
    private static readonly DayOfWeek[] Week =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday,
        DayOfWeek.Sunday,
    ];

    private static (HashSet<DayOfWeek> Run, HashSet<DayOfWeek> Mobility, DayOfWeek LongRun) ChooseDays(
        GoalRequest request, bool novice, List<string> warnings)
    {
        var days = Week.Where(request.Days.Contains).ToArray();
        var longRun = request.LongRunDay is { } lr && days.Contains(lr) ? lr : days[^1];
        if (request.LongRunDay is { } asked && asked != longRun)
        {
            warnings.Add($"{asked} is not one of your training days, so the week's longest run is on {longRun}.");
        }

        var run = new HashSet<DayOfWeek> { longRun };
        var mobility = new HashSet<DayOfWeek>();
        var start = Array.IndexOf(Week, longRun);
        foreach (var day in Enumerable.Range(1, 6).Select(i => Week[(start + i) % 7]).Where(days.Contains))
        {
            var next = Week[(Array.IndexOf(Week, day) + 1) % 7];
            var before = Week[(Array.IndexOf(Week, day) + 6) % 7];
            (novice && (run.Contains(next) || run.Contains(before)) ? mobility : run).Add(day);
        }

        if (mobility.Count > 0)
        {
            warnings.Add($"New runners need a rest day between runs, so {string.Join(" and ", Week.Where(mobility.Contains))} " +
                "will be strength and mobility days instead of runs.");
        }

        return (run, mobility, longRun);
    }

    private static void Explain(GoalRequest request, GoalSetup setup, GoalPlanBuilder builder, DateOnly? earliest, List<string> warnings)
    {
        var km = request.Goal.TotalKilometers.ToString("0.#", CultureInfo.InvariantCulture);
        if (earliest is { } e)
        {
            var longest = builder.Workouts.Select(w => w.Workout.RunSeconds).DefaultIfEmpty(0).Max();
            warnings.Insert(0, string.Create(CultureInfo.InvariantCulture,
                $"Running {km} km safely by {request.By:yyyy-MM-dd} is not possible with these rules. The earliest safe date is ") +
                string.Create(CultureInfo.InvariantCulture,
                $"{e:yyyy-MM-dd}. This plan is the best one to your date: by then you can run about {longest / 60} minutes."));
            if (setup.Novice && request.Goal.Meters <= 5000)
            {
                warnings.Add("The NHS Couch to 5K template reaches 30 minutes of running in 9 weeks. It steps up faster than the " +
                    "10% rule at a few flagged checkpoints: hold or repeat a week whenever one felt hard.");
            }
        }

        warnings.Add("No run is more than 10% longer than your longest run in the previous 30 days: in a study of 5,200 runners, " +
            "bigger single-run jumps went with more injuries (Frandsen 2025).");
        if (setup.Novice)
        {
            warnings.Add("There is always a rest day between runs.");
        }

        warnings.Add("Every 4th week is an easier week, so your body can catch up.");
        if (earliest is null)
        {
            warnings.Add($"The week before your goal day is lighter (a taper), so you start it fresh.");
        }

        if (request.Bmi > BmiThreshold)
        {
            warnings.Add("Week one is kept under 3 km of running: heavier new runners who ran more than that in their first week " +
                "had more injuries (Nielsen 2014).");
        }

        warnings.Add(setup.PaceKnown
            ? $"Distances are estimates at your easy pace ({setup.Pace.Format(DistanceUnit.Kilometers)}) from your recent run."
            : $"Distances are estimates at an assumed easy pace of {setup.Pace.Format(DistanceUnit.Kilometers)}.");
        ExplainTarget(request, warnings);
    }

    private static void ExplainTarget(GoalRequest request, List<string> warnings)
    {
        if (request.TargetTime is not { } target)
        {
            return;
        }

        var needed = Vdot.FromPerformance(request.Goal, target);
        if (request.Ability.RaceDistance is { } d)
        {
            var now = Vdot.FromPerformance(d, request.Ability.Continuous);
            if (needed > now)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Your target time needs a VDOT of {needed:0.0}; ") +
                    string.Create(CultureInfo.InvariantCulture, $"your recent run gives {now:0.0}. ") +
                    "This plan builds the distance safely; it cannot promise the time.");
            }
        }
        else
        {
            warnings.Add("Without a recent run or race, Harrier cannot judge whether the target time is realistic; " +
                "the plan builds the distance.");
        }
    }
}
