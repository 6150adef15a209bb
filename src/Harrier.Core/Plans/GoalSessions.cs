using System.Globalization;
using Harrier.Core.Runs;
using Harrier.Core.Units;

namespace Harrier.Core.Plans;

// Builds the workouts of a generated plan: walk/run or continuous runs, goal day and non-running days.
internal static class GoalSessions
{
    private const int WarmUpSeconds = 300;

    private static readonly Effort Easy = new(3);

    /// <summary>Run-bout lengths a novice climbs one rung a week (seconds); past the last rung the run is continuous.</summary>
    internal static readonly int[] BoutLadder = [60, 90, 120, 180, 240, 300, 420, 600, 900, 1200];

    public static int Floor5(double seconds) => (int)(Math.Floor(seconds / 5) * 5);

    /// <summary>A run of <paramref name="seconds"/> of running, split into bouts of at most <paramref name="bout"/> seconds.</summary>
    public static Workout Run(string title, int seconds, int bout, Pace pace, bool paceKnown)
    {
        var steps = new List<WorkoutStep> { new(StepKind.WarmUp, WarmUpSeconds) };
        var repeats = bout >= seconds ? 1 : (int)Math.Ceiling(seconds / (double)bout);
        var each = repeats == 1 ? seconds : Floor5(seconds / (double)repeats);
        var walk = bout <= 120 ? 90 : bout <= 300 ? 120 : 180;
        for (var i = 0; i < repeats; i++)
        {
            if (i > 0)
            {
                steps.Add(new WorkoutStep(StepKind.Walk, walk));
            }

            steps.Add(new WorkoutStep(StepKind.Run, each, Math.Round(each / pace.SecondsPerKilometer * 1000)));
        }

        steps.Add(new WorkoutStep(StepKind.CoolDown, WarmUpSeconds));
        var main = repeats == 1
            ? $"run for {Text(each)} without stopping"
            : $"run {Text(each)} and walk {Text(walk)}, {repeats} times (leave out the last walk)";
        var instruction = $"Walk briskly for 5 minutes. Then {main}. Finish with a 5-minute walk.";
        var target = new WorkoutTarget(null, null, Easy, paceKnown ? pace : null,
            "Easy: you can talk in short sentences. Slow down or walk if you can't.");
        return new Workout(repeats == 1 ? WorkoutKind.Run : WorkoutKind.WalkRun, title, instruction, steps, target);
    }

    public static Workout GoalDay(Distance goal, int seconds, TimeSpan? targetTime)
    {
        var km = goal.TotalKilometers.ToString("0.#", CultureInfo.InvariantCulture);
        var aim = targetTime is { } t ? $" Your target is {DurationText.Format(t)}." : "";
        return new Workout(WorkoutKind.Run, $"Goal day: {km} km",
            $"Your goal: run {km} km. Warm up with a 5-minute walk, start slower than feels natural and keep it even.{aim}",
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

    public static string Text(int seconds) => seconds % 60 == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds / 60} minute{(seconds == 60 ? "" : "s")}")
        : seconds < 60 ? string.Create(CultureInfo.InvariantCulture, $"{seconds} seconds")
        : DurationText.Format(TimeSpan.FromSeconds(seconds));
}
