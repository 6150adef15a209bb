using System.Globalization;
using Harrier.Core.Plans;

namespace Harrier.Core.Remedies;

/// <summary>
/// A remedy experiment beside the runner's training plan: how long it can be before the goal day, and whether the plan's running
/// changes enough during it to decide the result on its own (EVIDENCE.md §7.2 asks for load "much the same throughout").
/// </summary>
/// <remarks>
/// An experiment ends before the goal day (the plan's goal session, or its last session for a programme): a race or the last week's
/// taper would change morning pain by themselves. The load check compares the plan's running time in the experiment's first and last
/// 7 days; a change of more than <see cref="LargeLoadChange"/> (30%, Harrier's design choice, in line with the >30% weekly change
/// EVIDENCE.md §2.1 treats as large) is flagged, with the choice to hold the plan steady (<see cref="PlanEdits.HoldSteady"/>).
/// </remarks>
public static class RemedyPlanFit
{
    public const double LargeLoadChange = 0.30;

    /// <summary>The pairs to offer for an experiment from <paramref name="start"/> with periods of <paramref name="periodDays"/>.</summary>
    public static ExperimentLength DefaultLength(DateOnly start, int periodDays, TrainingPlan? plan)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(periodDays, 1);
        const int needed = RemedyExperiment.NeededPairs;
        if (plan is null || (plan.GoalDate ?? plan.EndDate) is not { } goal || goal <= start)
        {
            return new ExperimentLength(needed, null, null);
        }

        var what = plan.GoalDate is null ? "Your plan ends" : "Your goal day is";
        var fit = (goal.DayNumber - start.DayNumber) / (2 * periodDays);
        var on = goal.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        var note = fit >= needed ? null
            : fit == 0 ? string.Create(CultureInfo.InvariantCulture,
                $"{what} on {on}, and not even one pair of {periodDays}-day periods fits before it. Start the experiment after that day: ")
                + "a race or the last weeks of a plan would change your morning pain on their own."
            : string.Create(CultureInfo.InvariantCulture,
                $"{what} on {on}: {fit} {(fit == 1 ? "pair" : "pairs")} of {periodDays}-day periods fit before it. That gives an early estimate ")
                + string.Create(CultureInfo.InvariantCulture, $"but no verdict, which needs {needed} pairs; for a verdict, start after that day")
                + (periodDays > RemedyExperimentDesign.MinPeriodDays ? " or use 7-day periods." : ".");
        return new ExperimentLength(fit >= needed ? needed : Math.Max(fit, 1), note, goal);
    }

    /// <summary>The plan's running in the first and last week of an experiment from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static ExperimentLoad Load(DateOnly start, DateOnly end, TrainingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var first = RunSeconds(plan, start, start.AddDays(6));
        var last = RunSeconds(plan, end.AddDays(-6), end);
        var change = first > 0 ? (last - first) / (double)first : last > 0 ? double.PositiveInfinity : 0;
        if (Math.Abs(change) <= LargeLoadChange)
        {
            return new ExperimentLoad(first, last, null);
        }

        var size = double.IsPositiveInfinity(change) ? "from none" : string.Create(CultureInfo.InvariantCulture, $"{change:+0%;-0%}");
        var warning = $"Your plan's running goes from {Time(first)} in the experiment's first week to {Time(last)} in its last ({size}). " +
            "A change that big can move your morning pain on its own and hide what the remedy does." +
            (first > 0 ? " You can hold your plan steady during the experiment: this week's level is repeated until it ends, and the rest of " +
                "the plan moves later by the same number of weeks." : " Start the experiment once your plan is under way, or after it.");
        return new ExperimentLoad(first, last, warning);
    }

    private static int RunSeconds(TrainingPlan plan, DateOnly from, DateOnly to) =>
        plan.Workouts.Where(w => w.Date >= from && w.Date <= to).Sum(w => w.Workout.RunSeconds);

    /// <summary>"no running", "24 min a week", "1 h 30 min a week".</summary>
    private static string Time(int seconds)
    {
        var minutes = (int)Math.Round(seconds / 60.0);
        return seconds == 0 ? "no running"
            : minutes < 60 ? string.Create(CultureInfo.InvariantCulture, $"{minutes} min a week")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60} min a week");
    }
}
