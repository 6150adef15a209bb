using System.Globalization;
using Harrier.Core.Paces;
using Harrier.Core.Units;

namespace Harrier.Core.Plans;

// The plan's notes (TrainingPlan.Warnings): whether the goal is safe by its date and why, then each rule the plan follows.
public static partial class GoalPlanner
{
    private static List<string> Explain(GoalSetup setup, GoalPlanBuilder builder, bool feasible, DateOnly? earliest, List<string> days)
    {
        var notes = new List<string>();
        if (!feasible)
        {
            notes.Add(Headline(setup, builder, earliest));
        }

        notes.AddRange(days);
        if (builder.Couch is { } couch)
        {
            ExplainCouchTo5K(setup, builder, couch, notes);
        }
        else
        {
            notes.Add(Spike);
        }

        ExplainBuild(setup, builder, notes);
        if (setup.Novice)
        {
            notes.Add("There is always a rest day between runs.");
        }

        if (feasible)
        {
            notes.Add("The 7 days before your goal day are lighter (a taper): each run is 60% of the run on the same day the week " +
                "before, none is longer than your longest run, and you rest the day before your goal day.");
            notes.Add(GoalDayNote(setup, builder));
        }

        if (setup.CapWeekOne)
        {
            notes.Add(WeekOneNote(builder));
        }

        notes.Add(PacesNote(setup));
        ExplainTarget(setup.Request, notes);
        return notes;
    }

    private const string Spike = "No run is more than 10% longer than your longest run in the previous 30 days: in a study of 5,200 " +
        "runners, bigger single-run jumps went with more injuries (Frandsen 2025).";

    private static string Headline(GoalSetup setup, GoalPlanBuilder builder, DateOnly? earliest)
    {
        var request = setup.Request;
        var goal = GoalPaces.Format(request.Goal, request.Unit);
        var head = string.Create(CultureInfo.InvariantCulture, $"Running {goal} safely by {request.By:yyyy-MM-dd} is not possible with these rules. ");
        if (earliest is not { } e)
        {
            return head + "From what you can run now, Harrier finds no safe date within ten years: check what you entered.";
        }

        var ready = builder.ReadyWeek!.Value;
        var why = builder.Couch is { } couch
            ? $"{couch.Entries.Count} Couch to 5K sessions take {builder.BuildStartWeek - 1} weeks at {setup.RunDays.Count} " +
              $"run{(setup.RunDays.Count == 1 ? "" : "s")} a week" +
              (ready >= builder.BuildStartWeek ? $", then the long run needs {ready - builder.BuildStartWeek + 1} more weeks to reach " +
              $"{GoalSessions.Text(setup.TargetSeconds)}" : "")
            : $"the long run needs {ready} weeks to reach {GoalSessions.Text(setup.TargetSeconds)}";
        return head + string.Create(CultureInfo.InvariantCulture, $"The earliest safe date is {e:yyyy-MM-dd}: ") + why +
            ", and the last week before the goal day is lighter. This plan is the best one to your date: by then " + Reached(builder) + ".";
    }

    private static string Reached(GoalPlanBuilder builder)
    {
        var running = builder.Workouts.Where(w => w.Workout.IsRunning).ToArray();
        var longest = running.Select(w => w.Workout.LongestRunSeconds).DefaultIfEmpty(0).Max();
        var template = running.LastOrDefault(w => w.Workout.Title.StartsWith("Week ", StringComparison.Ordinal)
            && w.Workout.Title.Contains(',', StringComparison.Ordinal));
        return running.Length == 0 ? "you will not have started running yet"
            : builder.Couch is not null && running[^1] == template
                ? $"you will have reached {template.Workout.Title.Split(',')[0].Replace(" again", "", StringComparison.Ordinal).ToLowerInvariant()} " +
                  $"of {CouchTo5KPhase.Template.Name} (running up to {GoalSessions.Text(longest)} without stopping)"
                : $"you can run about {GoalSessions.Text(longest)} without stopping";
    }

    private static void ExplainBuild(GoalSetup setup, GoalPlanBuilder builder, List<string> notes)
    {
        var longRuns = builder.Workouts.Where(w => w.Workout.Title.EndsWith("long run", StringComparison.Ordinal)
            && w.Week >= builder.BuildStartWeek).ToArray();
        if (longRuns.Length == 0)
        {
            return;
        }

        var after = builder.Couch is null ? "Each week" : "After Couch to 5K, each week";
        var easy = EasyRunSeconds(longRuns.Max(w => w.Workout.RunSeconds));
        var target = GoalSessions.Text(setup.TargetSeconds);
        var about = setup.Paces.Format(Distance.FromMeters(setup.Paces.EasyMeters(setup.TargetSeconds)));
        notes.Add($"{after} has one long run on {setup.LongRunDay}, the week's longest" +
            (setup.RunDays.Count > 1 ? $", and easy runs of up to {GoalSessions.Text(easy)} on your other run days" : "") + ". " +
            (builder.Ladder.Hold > setup.TargetSeconds
                ? $"You already run longer than your goal needs ({target}), so the long run stays at {GoalSessions.Text(builder.Ladder.Hold)}."
                : $"The long run grows by at most 10% a week until it reaches {target} (about {about}), then holds there: long " +
                  "enough that your goal run is no more than 10% longer in time, and 30% in distance."));
        if (builder.Workouts.Any(w => w.Workout.Title.Contains("easier week", StringComparison.Ordinal)))
        {
            notes.Add("Every 4th week is an easier week (80% of the week before), so your body can catch up.");
        }

        if (builder.FirstThresholdWeek is { } week)
        {
            notes.Add($"From week {week}, after four weeks of continuous running, the easy run on {setup.ThresholdDay} becomes a " +
                $"threshold run with 5-minute parts at {setup.Paces.ThresholdRange}: comfortably hard, not a race.");
        }
    }

    private static string GoalDayNote(GoalSetup setup, GoalPlanBuilder builder)
    {
        var goal = GoalPaces.Format(setup.Request.Goal, setup.Request.Unit);
        return builder.GoalSeconds < setup.RaceSeconds
            ? $"{goal} takes about {GoalSessions.Text(setup.RaceSeconds)}, more than 10% over your longest recent run. On goal day run " +
              $"for up to {GoalSessions.Text(builder.GoalSeconds)} and walk the rest if you have not finished; a later goal day " +
              "leaves room to build up to the whole distance."
            : $"On goal day you run the whole {goal} (about {GoalSessions.Text(setup.RaceSeconds)}), within 10% of your longest " +
              "recent run.";
    }

    private static string WeekOneNote(GoalPlanBuilder builder)
    {
        const string why = "heavier new runners who ran more than that in their first week had more injuries (Nielsen 2014).";
        if (builder.Couch is { } couch)
        {
            return couch.WeekOneRuns is { } runs
                ? $"Week one keeps {runs} of its runs and the rest become brisk walks, so it stays under 3 km of running: {why}" +
                  (couch.RepeatedWeeks.Contains(couch.Entries[0].TemplateWeek) ? " That week is then done again in full." : "")
                : $"Week one is under 3 km of running: {why}";
        }

        return "Week one keeps one short long run, under 3 km, and your other run days are brisk walks: " + why +
            " The build starts in week 2.";
    }

    private static string PacesNote(GoalSetup setup)
    {
        var paces = setup.Paces;
        if (paces.FromRace is { } race)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Paces come from your recent run (VDOT {race.Vdot:0.0}): easy ") +
                $"{paces.EasyRange}, threshold {paces.ThresholdRange}; distances are estimates at {paces.EasyText}. {TrainingPaces.Caveat}";
        }

        return $"Times come from the plan; distances are estimates at an assumed easy pace of {paces.EasyText}. Run by feel: " +
            "easy means you can talk in short sentences.";
    }

    private static void ExplainTarget(GoalRequest request, List<string> notes)
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
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"Your target time needs a VDOT of {needed:0.0}; ") +
                    string.Create(CultureInfo.InvariantCulture, $"your recent run gives {now:0.0}. ") +
                    "This plan builds the distance safely; it cannot promise the time.");
            }
        }
        else
        {
            notes.Add("Without a recent run or race, Harrier cannot judge whether the target time is realistic; " +
                "the plan builds the distance.");
        }
    }

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToArray();
        return list.Length <= 1 ? string.Concat(list) : string.Join(", ", list[..^1]) + " and " + list[^1];
    }
}
