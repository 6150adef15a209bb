using Harrier.Core.Plans;
using Harrier.Core.Units;
using Harrier.Import.Fit;

namespace Harrier.Import.Tests.Fit;

/// <summary>The sessions the FIT workout tests write, and the steps a watch should show for each, written out by hand.</summary>
internal static class WorkoutSessions
{
    public static readonly DateTimeOffset Created = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);

    /// <summary>NHS Couch to 5K week 1: 5 min warm-up walk, 8 × (run 60 s, walk 90 s), 5 min cool-down walk.</summary>
    public static Workout CouchTo5KWeek1 => PlanTemplates.Get("nhs-couch-to-5k").Weeks[0].Workouts[0];

    public static readonly Workout ContinuousRun = new(WorkoutKind.Run, "Easy 25", "Run 25 minutes at an easy pace.",
        [WorkoutStep.ForTime(StepKind.Run, TimeSpan.FromMinutes(25))]);

    /// <summary>10 min warm-up, 6 × (run 400 m, walk 90 s), run 1 km steady, 10 min cool-down.</summary>
    public static readonly Workout Intervals = new(WorkoutKind.Run, "Intervals", "Warm up, six 400 m reps with walks, a steady kilometre.",
    [
        WorkoutStep.ForTime(StepKind.WarmUp, TimeSpan.FromMinutes(10)),
        .. Enumerable.Repeat<WorkoutStep[]>(
            [WorkoutStep.ForDistance(StepKind.Run, Distance.FromMeters(400)), WorkoutStep.ForTime(StepKind.Walk, TimeSpan.FromSeconds(90))], 6)
            .SelectMany(pair => pair),
        WorkoutStep.ForDistance(StepKind.Run, Distance.FromKilometers(1)),
        WorkoutStep.ForTime(StepKind.CoolDown, TimeSpan.FromMinutes(10)),
    ]);

    /// <summary>A step as the FIT SDK names it: (name, duration type, seconds or metres or repeat-from, rounds, intensity).</summary>
    public sealed record Expected(string? Name, string DurationType, double Value, int? Rounds, string? Intensity);

    public static readonly Expected[] CouchTo5KWeek1Steps =
    [
        new("Warm-up walk", "time", 300, null, "warmup"),
        new("Run", "time", 60, null, "active"),
        new("Walk", "time", 90, null, "recovery"),
        new(null, "repeatUntilStepsCmplt", 1, 8, null),
        new("Cool-down walk", "time", 300, null, "cooldown"),
    ];

    public static readonly Expected[] ContinuousRunSteps = [new("Run", "time", 1500, null, "active")];

    public static readonly Expected[] IntervalsSteps =
    [
        new("Warm-up walk", "time", 600, null, "warmup"),
        new("Run", "distance", 400, null, "active"),
        new("Walk", "time", 90, null, "recovery"),
        new(null, "repeatUntilStepsCmplt", 1, 6, null),
        new("Run", "distance", 1000, null, "active"),
        new("Cool-down walk", "time", 600, null, "cooldown"),
    ];

    public static readonly (string Name, Workout Workout, Expected[] Steps)[] All =
    [
        ("C25K Week 1 Run 1", CouchTo5KWeek1, CouchTo5KWeek1Steps),
        ("Easy 25 min", ContinuousRun, ContinuousRunSteps),
        ("400 m intervals", Intervals, IntervalsSteps),
    ];

    /// <summary>A decoded step in the same terms, from Harrier's own decoder.</summary>
    public static Expected From(FitWorkoutStep step) => new(
        step.Name,
        step.DurationType switch
        {
            FitStepDuration.Time => "time",
            FitStepDuration.Distance => "distance",
            FitStepDuration.RepeatUntilStepsComplete => "repeatUntilStepsCmplt",
            var other => other.ToString(),
        },
        step.Seconds ?? step.Meters ?? step.DurationValue ?? double.NaN,
        step.IsRepeat ? (int?)step.TargetValue : null,
        step.Intensity?.ToString().ToLowerInvariant());
}
