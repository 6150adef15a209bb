using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Plans;

public sealed class WorkoutTests
{
    [Theory]
    [InlineData(StepKind.Run, 90, null, "Run 1:30")]
    [InlineData(StepKind.WarmUp, 300, null, "Warm-up walk 5:00")]
    [InlineData(StepKind.Walk, 90, 182.88, "Walk 0.18 km (or 1:30)")]
    [InlineData(StepKind.CrossTraining, null, 5000.0, "Cross-training 5.00 km")]
    public void Describe_Step_ReadsNaturally(StepKind kind, int? seconds, double? meters, string expected)
    {
        Assert.Equal(expected, new WorkoutStep(kind, seconds, meters).Describe());
    }

    [Fact]
    public void LongestRunSeconds_AdjacentRunSteps_CountAsOneBout()
    {
        var workout = new Workout(WorkoutKind.WalkRun, "T", "Do it.",
            [new(StepKind.Run, 60), new(StepKind.Run, 30), new(StepKind.Walk, 60), new(StepKind.Run, 80)]);

        Assert.Equal(90, workout.LongestRunSeconds);
        Assert.Equal(170, workout.RunSeconds);
        Assert.Equal(230, workout.TotalSeconds);
        Assert.Null(workout.DistanceMeters);
    }

    [Fact]
    public void Constructor_RunWithoutRunStep_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Workout(WorkoutKind.Run, "T", "Do it.", [new(StepKind.Walk, 60)]));
        Assert.Throws<ArgumentException>(() => new Workout(WorkoutKind.Rest, "T", "Rest.", [new(StepKind.Run, 60)]));
        Assert.Throws<ArgumentException>(() => new WorkoutStep(StepKind.Run, null));
    }

    [Fact]
    public void RunSeconds_DistanceOnlyStep_UsesTargetPace()
    {
        var pace = Pace.FromSecondsPerKilometer(300);
        var workout = new Workout(WorkoutKind.Run, "T", "Run 2 km.", [WorkoutStep.ForDistance(StepKind.Run, Distance.FromKilometers(2))],
            new WorkoutTarget(null, Distance.FromKilometers(2), null, pace, "Steady."));

        Assert.Equal(600, workout.RunSeconds);
        Assert.Equal(2000, workout.DistanceMeters);
    }
}
