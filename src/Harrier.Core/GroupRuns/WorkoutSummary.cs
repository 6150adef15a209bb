using System.Globalization;
using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Core.GroupRuns;

/// <summary>A session's main set in a few words, as a coach reads a run sheet: "8 × (1:00 run, 1:30 walk)", "25:00 run".</summary>
public static class WorkoutSummary
{
    /// <summary>The steps between the warm-up and the cool-down.</summary>
    public static IReadOnlyList<WorkoutStep> MainSet(Workout workout)
    {
        ArgumentNullException.ThrowIfNull(workout);
        var steps = workout.Steps.ToList();
        if (steps.Count > 0 && steps[0].Kind == StepKind.WarmUp)
        {
            steps.RemoveAt(0);
        }

        if (steps.Count > 0 && steps[^1].Kind == StepKind.CoolDown)
        {
            steps.RemoveAt(steps.Count - 1);
        }

        return steps;
    }

    /// <summary>The main set compressed: repeated blocks of two to four steps become "n × (…)"; the rest is listed in order.</summary>
    public static string Compact(Workout workout)
    {
        var steps = MainSet(workout);
        var parts = new List<string>();
        for (var i = 0; i < steps.Count;)
        {
            var (size, times) = Repeat(steps, i);
            if (times > 1)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{times} × ({string.Join(", ", steps.Skip(i).Take(size).Select(StepText))})"));
                i += size * times;
            }
            else
            {
                parts.Add(StepText(steps[i]));
                i++;
            }
        }

        return parts.Count == 0 ? "No main set" : string.Join(", then ", parts);
    }

    /// <summary>"1:00 run", "1:30 walk", "400 m run".</summary>
    public static string StepText(WorkoutStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var what = step.Kind switch
        {
            StepKind.Run => "run",
            StepKind.Walk => "walk",
            StepKind.WarmUp => "warm-up walk",
            StepKind.CoolDown => "cool-down walk",
            _ => WireNames.Of(step.Kind).Replace('-', ' '),
        };
        var size = step.Seconds is { } s ? DurationText.Format(TimeSpan.FromSeconds(s))
            : Distance.FromMeters(step.Meters!.Value).Format(DistanceUnit.Kilometers);
        return $"{size} {what}";
    }

    private static (int Size, int Times) Repeat(IReadOnlyList<WorkoutStep> steps, int start)
    {
        for (var size = 2; size <= 4; size++)
        {
            var times = 1;
            while (start + (times + 1) * size <= steps.Count && Same(steps, start, start + times * size, size))
            {
                times++;
            }

            if (times > 1)
            {
                return (size, times);
            }
        }

        return (1, 1);
    }

    private static bool Same(IReadOnlyList<WorkoutStep> steps, int a, int b, int size) =>
        Enumerable.Range(0, size).All(k => steps[a + k] == steps[b + k]);
}
