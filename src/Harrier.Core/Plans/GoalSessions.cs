using System.Globalization;
using Harrier.Core.Runs;
using Harrier.Core.Units;

namespace Harrier.Core.Plans;

// Builds the workouts of a generated plan: continuous easy, long, taper and threshold runs, the goal day, and non-running days.
// Every run has a 5-minute walk before and after (as in Couch to 5K); run steps carry a distance estimate at the runner's easy pace.
internal static class GoalSessions
{
    private const int WarmUpSeconds = 300;
    private const int ThresholdWarmSeconds = 600;
    private const int ThresholdRepSeconds = 300;
    private const int RecoverySeconds = 60;
    private const int ThresholdCoolSeconds = 300;
    private const int MaxThresholdReps = 4;

    private static readonly Effort Easy = new(3);

    /// <summary>The shortest session that holds a threshold run: warm-up, two 5-minute reps with a jog between, and a cool-down.</summary>
    public const int ShortestThreshold = ThresholdWarmSeconds + 2 * ThresholdRepSeconds + RecoverySeconds + ThresholdCoolSeconds;

    public static int Floor5(double seconds) => (int)(Math.Floor(seconds / 5) * 5);

    public static int FloorMinute(double seconds) => (int)(Math.Floor(seconds / 60) * 60);

    /// <summary>A continuous easy run of <paramref name="seconds"/> seconds; <paramref name="what"/> starts the instruction.</summary>
    public static Workout Run(string title, int seconds, GoalPaces paces, string what)
    {
        var pace = paces.EasyRange is { } range ? $" ({range})" : "";
        var instruction = $"Walk briskly for 5 minutes. {what}: run for {Text(seconds)} without stopping at an easy pace{pace}, " +
            "where you can talk in short sentences. Finish with a 5-minute walk.";
        var target = new WorkoutTarget(null, null, Easy, paces.Known ? paces.Easy : null,
            "Easy: you can talk in short sentences. Slow down or walk if you can't.");
        return new Workout(WorkoutKind.Run, title, instruction,
            [new(StepKind.WarmUp, WarmUpSeconds), RunStep(seconds, paces.Easy), new(StepKind.CoolDown, WarmUpSeconds)], target);
    }

    /// <summary>
    /// A run of <paramref name="seconds"/> with up to four 5-minute reps at threshold pace (Daniels T, from the runner's VDOT) after
    /// a 10-minute easy start, 1-minute easy jogs between reps and at least 5 easy minutes at the end. Needs a known VDOT and at
    /// least <see cref="ShortestThreshold"/> seconds.
    /// </summary>
    public static Workout Threshold(string title, int seconds, GoalPaces paces)
    {
        var race = paces.FromRace ?? throw new ArgumentException("Threshold runs need paces from a recent run.", nameof(paces));
        ArgumentOutOfRangeException.ThrowIfLessThan(seconds, ShortestThreshold);
        var reps = Math.Min(MaxThresholdReps,
            (seconds - ThresholdWarmSeconds - ThresholdCoolSeconds + RecoverySeconds) / (ThresholdRepSeconds + RecoverySeconds));
        var cool = seconds - ThresholdWarmSeconds - reps * ThresholdRepSeconds - (reps - 1) * RecoverySeconds;
        var threshold = Pace.FromSecondsPerKilometer((race.Threshold.Slow.SecondsPerKilometer + race.Threshold.Fast.SecondsPerKilometer) / 2);
        var steps = new List<WorkoutStep> { new(StepKind.WarmUp, WarmUpSeconds), RunStep(ThresholdWarmSeconds, paces.Easy) };
        for (var i = 0; i < reps; i++)
        {
            steps.Add(RunStep(ThresholdRepSeconds, threshold));
            steps.Add(RunStep(i < reps - 1 ? RecoverySeconds : cool, paces.Easy));
        }

        steps.Add(new(StepKind.CoolDown, WarmUpSeconds));
        var instruction = $"Walk briskly for 5 minutes, then run 10 minutes easy. Then {reps} times: 5 minutes at threshold pace " +
            $"({paces.ThresholdRange}: comfortably hard, you can say a few words at a time), 1 minute easy jog between. " +
            $"Run the last {Text(cool)} easy ({paces.EasyRange}) and finish with a 5-minute walk.";
        return new Workout(WorkoutKind.Run, title, instruction, steps,
            new WorkoutTarget(null, null, new Effort(5), race.Threshold.Slow, "Comfortably hard in the 5-minute parts; easy between."));
    }

    public static Workout GoalDay(Distance goal, int seconds, TimeSpan? targetTime, DistanceUnit unit)
    {
        var text = GoalPaces.Format(goal, unit);
        var aim = targetTime is { } t ? $" Your target is {DurationText.Format(t)}." : "";
        return new Workout(WorkoutKind.Run, $"Goal day: {text}",
            $"Your goal: run {text}. Warm up with a 5-minute walk, start slower than feels natural and keep it even.{aim}",
            [new(StepKind.WarmUp, WarmUpSeconds), new(StepKind.Run, seconds, goal.Meters), new(StepKind.CoolDown, WarmUpSeconds)],
            new WorkoutTarget(targetTime, goal, new Effort(7), null, "Your goal distance, at a pace you can keep."))
        {
            IsGoal = true,
        };
    }

    public static Workout Mobility() => new(WorkoutKind.Mobility, "Strength and mobility",
        "15 minutes of gentle strength and mobility work, such as squats, calf raises and hip and ankle circles. No running today: " +
        "a rest day between runs gives a new runner's legs time to adapt.",
        [new(StepKind.Mobility, 900)], new WorkoutTarget(TimeSpan.FromMinutes(15), null, new Effort(2), null, "Easy."));

    /// <summary>Week one's stand-in for a run when BMI is over 30: 30 minutes of brisk walking.</summary>
    public static Workout BriskWalk(string title) => new(WorkoutKind.CrossTraining, title,
        "Walk briskly for 30 minutes instead of running (an easy cycle or swim is fine too). This keeps your first week under 3 km " +
        "of running.",
        [new WorkoutStep(StepKind.Walk, 1800)], new WorkoutTarget(TimeSpan.FromMinutes(30), null, new Effort(2), null, "Brisk but easy."));

    public static string Text(int seconds) => seconds % 60 == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds / 60} minute{(seconds == 60 ? "" : "s")}")
        : seconds < 60 ? string.Create(CultureInfo.InvariantCulture, $"{seconds} seconds")
        : DurationText.Format(TimeSpan.FromSeconds(seconds));

    private static WorkoutStep RunStep(int seconds, Pace pace) =>
        new(StepKind.Run, seconds, Math.Round(seconds / pace.SecondsPerKilometer * 1000));
}
