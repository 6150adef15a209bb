using Harrier.Core.GroupRuns;
using Harrier.Core.Plans;

namespace Harrier.Core.Tests.GroupRuns;

public sealed class WorkoutSummaryTests
{
    private static WorkoutStep Run(int s) => new(StepKind.Run, s);

    private static WorkoutStep Walk(int s) => new(StepKind.Walk, s);

    private static Workout Of(params WorkoutStep[] steps) =>
        new(WorkoutKind.WalkRun, "t", "i", [new WorkoutStep(StepKind.WarmUp, 300), .. steps, new WorkoutStep(StepKind.CoolDown, 300)]);

    [Fact]
    public void Compact_RepeatsFoldIntoATimesSet_TheRestListedInOrder()
    {
        Assert.Equal("8 × (1:00 run, 1:30 walk)", WorkoutSummary.Compact(Of([.. Enumerable.Repeat(new[] { Run(60), Walk(90) }, 8).SelectMany(x => x)])));
        Assert.Equal("5:00 run, then 3:00 walk, then 8:00 run", WorkoutSummary.Compact(Of(Run(300), Walk(180), Run(480))));
        Assert.Equal("2 × (1:30 run, 1:30 walk, 3:00 run, 3:00 walk), then 1:30 run",
            WorkoutSummary.Compact(Of(Run(90), Walk(90), Run(180), Walk(180), Run(90), Walk(90), Run(180), Walk(180), Run(90))));
        Assert.Equal("25:00 run", WorkoutSummary.Compact(Of(Run(1500))));
    }
}
