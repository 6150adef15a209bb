using System.Globalization;
using Harrier.Core.Units;

namespace Harrier.Core.Plans;

public static partial class GoalPlanner
{
    /// <summary>The template a new runner's plan starts with.</summary>
    public const string CouchTo5KTemplateId = "nhs-couch-to-5k";

    /// <summary>A recent run at least this long counts as having done what Couch to 5K builds to (5 km; "3.1mi" counts).</summary>
    public static readonly Distance CouchTo5KDone = Distance.FromMeters(5000 - GoalTolerance);

    /// <summary>
    /// True when the plan starts with NHS Couch to 5K: the runner cannot yet run 30 minutes without stopping
    /// (<see cref="CurrentAbility.IsNovice"/>), and either has no recent run of 5 km or more or would be ready no sooner with 10%
    /// steps from it.
    /// </summary>
    public static bool UsesCouchTo5K(GoalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Ability.IsNovice && Choose(Setup(request, [])).Couch is not null;
    }

    private static void ExplainCouchTo5K(GoalSetup setup, GoalPlanBuilder builder, CouchTo5KPhase couch, List<string> notes)
    {
        var template = CouchTo5KPhase.Template;
        var entry = setup.EntryWeek!.Value;
        var now = setup.Request.Ability.RaceDistance is { } distance
            ? $"Your recent run of {setup.Paces.Format(distance)} took {GoalSessions.Text(setup.Baseline)}, under 30 minutes without stopping"
            : setup.Baseline > 0 ? $"You can run about {GoalSessions.Text(setup.Baseline)} without stopping now" : "You don't run yet";
        var joins = entry == 1 ? $"follows {template.Name}" : $"joins {template.Name} at week {entry}, whose longest run without " +
            $"stopping ({GoalSessions.Text(template.Weeks[entry - 1].Workouts.Max(w => w.LongestRunSeconds))}) you can already do";
        var until = couch.ReachesTarget && couch.Entries[^1].TemplateWeek < 9
            ? $" It stops at {couch.Entries[^1].Workout.Title.ToLowerInvariant()}, whose run is long enough for your goal."
            : "";
        notes.Add($"{now}, so this plan {joins}: 9 weeks of 3 runs a week in all, from 1-minute runs with walks between to 30 " +
            $"minutes without stopping. Its sessions are reproduced exactly as published, on your run days.{until}");
        var runDays = setup.RunDays.Count;
        if (runDays < 3)
        {
            notes.Add($"You have {runDays} run day{(runDays == 1 ? "" : "s")} a week with a rest day between runs, so the plan's " +
                $"sessions are done in order, {runDays} a week.");
        }

        var published = builder.Workouts.Select(w => w.Workout)
            .Where(w => w.IsCheckpoint && !builder.BaselineCheckpoints.Any(b => b.Title == w.Title))
            .Select(w => w.Title.Replace(",", "", StringComparison.Ordinal).ToLowerInvariant()).ToArray();
        notes.Add(Spike + (published.Length == 0 ? "" : $" The exception is the plan's published checkpoints ({Join(published)}): " +
            "they step up faster and are flagged \"hold or repeat if it felt hard\". The NHS says you can repeat any week until you " +
            "feel ready to move on."));
        foreach (var flagged in builder.BaselineCheckpoints)
        {
            notes.Add($"{flagged.Title} is flagged as a checkpoint too: its {GoalSessions.Text(flagged.RunSeconds)} of running " +
                "is more than 10% over what you can run now.");
        }

        if (couch.RepeatedWeeks.Count > 0)
        {
            var weeks = Join(couch.RepeatedWeeks.Select(w => w.ToString(CultureInfo.InvariantCulture)));
            notes.Add($"You have time to spare, so week{(couch.RepeatedWeeks.Count == 1 ? "" : "s")} {weeks} " +
                $"{(couch.RepeatedWeeks.Count == 1 ? "is" : "are")} planned twice (\"Week {couch.RepeatedWeeks[^1]} again\"): " +
                $"{string.Join("; ", couch.RepeatedWeeks.Select(w => RepeatReason(w, couch)))}. A second go makes a big step up stick.");
        }

        notes.Add("Harrier's easier week every 4th week is not added inside the published weeks, so the plan stays as the NHS " +
            "wrote it. Repeat any week whenever you need an easier one. The NHS advises speaking to a GP first if you are worried " +
            "about your health.");
        if (setup.Request.LongRunDay is not null)
        {
            notes.Add("Couch to 5K has no separate long run (in weeks 5 and 6 the week's last run is the longest), so your " +
                "long-run day counts from the week after it.");
        }
    }

    private static string RepeatReason(int week, CouchTo5KPhase couch) =>
        couch.WeekOneRuns is not null && week == couch.Entries[0].TemplateWeek ? $"week {week}'s first go had only some of its runs"
        : week == 4 ? "week 4 nearly doubles the running of week 3"
        : "week 5 ends with your first 20 minutes without walking";
}
