using System.Globalization;
using System.Text.Json;
using Harrier.Core.Plans;
using Harrier.Core.Units;
using Spectre.Console;

namespace Harrier.Cli.Commands.Plans;

/// <summary>Writes a plan as JSON (<see cref="PlanDocument"/>, the web API's shape) or as a week-by-week table with its notes.</summary>
internal static class PlanOutput
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <param name="console">Where to write.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="evidence">The template's evidence notes, if any.</param>
    /// <param name="unit">The unit for step distances.</param>
    /// <param name="cautions">Warnings about the input, written in yellow above the table (and not repeated in the notes).</param>
    public static void Write(IAnsiConsole console, TrainingPlan plan, IReadOnlyList<string>? evidence = null,
        DistanceUnit unit = DistanceUnit.Kilometers, IReadOnlyList<string>? cautions = null)
    {
        console.MarkupLineInterpolated($"[bold]{plan.Name}[/]");
        foreach (var caution in cautions ?? [])
        {
            console.MarkupLineInterpolated($"[yellow]Warning: {caution}[/]");
        }

        if (plan.Feasible)
        {
            console.MarkupLineInterpolated($"{plan.Workouts.Count} sessions from {Day(plan.StartDate)} to {Day(plan.EndDate)}.");
        }
        else
        {
            console.MarkupLineInterpolated(
                $"[red]Not reachable safely by the chosen date.[/] Earliest safe date: [bold]{Day(plan.EarliestSafeDate)}[/].");
            console.MarkupLine("Below is the best plan to your date.");
        }

        console.Write(Table(plan, unit));
        WriteList(console, "Notes", plan.Warnings.Except(cautions ?? []).ToArray());
        console.MarkupLineInterpolated($"[bold]Source:[/] {plan.Source}");
        if (evidence is { Count: > 0 })
        {
            WriteList(console, "Evidence", evidence);
        }
    }

    public static void WriteList(IAnsiConsole console, string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        console.MarkupLineInterpolated($"[bold]{title}:[/]");
        foreach (var item in items)
        {
            console.MarkupLineInterpolated($" - {item}");
        }
    }

    private static Table Table(TrainingPlan plan, DistanceUnit unit)
    {
        var table = new Table().AddColumns("Week", "Date", "Session", "Running", "Longest", "What to do");
        foreach (var week in plan.Weeks)
        {
            var first = true;
            foreach (var session in week.Workouts)
            {
                var w = session.Workout;
                var title = Markup.Escape(w.Title) + (w.IsCheckpoint ? " [yellow](checkpoint)[/]" : "")
                    + (w.IsGoal ? " [green](goal)[/]" : "");
                var what = Markup.Escape(Steps(w, unit)) + (w.IsCheckpoint ? "\n[yellow]Checkpoint: hold or repeat if it felt hard.[/]" : "");
                table.AddRow(
                    first ? week.Number.ToString(CultureInfo.InvariantCulture) : "",
                    session.Date.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture)
                        + (plan.TimeOf(session) is { } at ? " " + SessionTimeText.Format(at) : ""),
                    title,
                    w.RunSeconds > 0 ? DurationText.Format(TimeSpan.FromSeconds(w.RunSeconds)) : "-",
                    w.LongestRunSeconds > 0 ? DurationText.Format(TimeSpan.FromSeconds(w.LongestRunSeconds)) : "-",
                    what);
                first = false;
            }
        }

        return table;
    }

    /// <summary>The steps in one line, repeats folded: "5:00 walk, 8 × (1:00 run, 1:30 walk), 5:00 walk".</summary>
    internal static string Steps(Workout workout, DistanceUnit unit = DistanceUnit.Kilometers) =>
        string.Join(", ", Fold(workout.Steps.Select(s => Step(s, workout.Target?.Pace, unit)).ToArray()));

    private static string Step(WorkoutStep step, Pace? pace, DistanceUnit unit)
    {
        var kind = step.Kind is StepKind.WarmUp or StepKind.CoolDown ? "walk" : WireNames.Of(step.Kind);
        var distance = step.Meters is { } m ? Distance.FromMeters(m).Format(unit) : null;
        return (step.Seconds, distance) switch
        {
            ({ } s, null) => $"{DurationText.Format(TimeSpan.FromSeconds(s))} {kind}",
            ({ } s, { } d) => $"{DurationText.Format(TimeSpan.FromSeconds(s))} {kind} ({d})",
            _ => $"{distance} {kind}" + (step.SecondsAt(pace) is { } at ? $" (~{DurationText.Format(TimeSpan.FromSeconds(at))})" : ""),
        };
    }

    // Folds the longest run of a repeated pattern: [w a b a b a c] → "w", "2 × (a, b)", "a", "c".
    private static string[] Fold(string[] items)
    {
        var best = (Start: 0, Period: 0, Reps: 1);
        for (var start = 0; start < items.Length; start++)
        {
            for (var period = 1; start + 2 * period <= items.Length; period++)
            {
                var reps = 1;
                while (start + (reps + 1) * period <= items.Length
                    && items.Skip(start + reps * period).Take(period).SequenceEqual(items.Skip(start).Take(period)))
                {
                    reps++;
                }

                if (reps >= 2 && reps * period > best.Reps * best.Period)
                {
                    best = (start, period, reps);
                }
            }
        }

        if (best.Reps < 2)
        {
            return items;
        }

        var pattern = string.Join(", ", items.Skip(best.Start).Take(best.Period));
        var folded = best.Period == 1 ? $"{best.Reps} × {pattern}" : $"{best.Reps} × ({pattern})";
        return [.. items.Take(best.Start), folded, .. items.Skip(best.Start + best.Reps * best.Period)];
    }

    private static string Day(DateOnly? date) => date is { } d ? PlanArguments.Format(d) : "-";
}
