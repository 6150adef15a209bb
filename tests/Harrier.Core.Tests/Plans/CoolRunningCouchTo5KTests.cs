using Harrier.Core.Load;
using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Plans;

/// <summary>The original Cool Running C25K template reproduces EVIDENCE.md §1.2 week by week.</summary>
public sealed class CoolRunningCouchTo5KTests
{
    private static readonly PlanTemplate Template = PlanTemplates.Get("cool-running-couch-to-5k");

    [Theory]
    [InlineData(1, "wu300 8x(r60 w90)", "wu300 8x(r60 w90)", "wu300 8x(r60 w90)")]
    [InlineData(2, "wu300 6x(r90 w120)", "wu300 6x(r90 w120)", "wu300 6x(r90 w120)")]
    [InlineData(3, "wu300 2x(r90 w90 r180 w180)", "wu300 2x(r90 w90 r180 w180)", "wu300 2x(r90 w90 r180 w180)")]
    [InlineData(4, "wu300 r180 w90 r300 w150 r180 w90 r300", "wu300 r180 w90 r300 w150 r180 w90 r300",
        "wu300 r180 w90 r300 w150 r180 w90 r300")]
    [InlineData(5, "wu300 r300 w180 r300 w180 r300", "wu300 r480 w300 r480", "wu300 r1200")]
    [InlineData(6, "wu300 r300 w180 r480 w180 r300", "wu300 r600 w180 r600", "wu300 r1320")]
    [InlineData(7, "wu300 r1500", "wu300 r1500", "wu300 r1500")]
    [InlineData(8, "wu300 r1680", "wu300 r1680", "wu300 r1680")]
    [InlineData(9, "wu300 r1800", "wu300 r1800", "wu300 r1800")]
    public void Week_Steps_MatchPublishedSchedule(int week, string run1, string run2, string run3)
    {
        var workouts = Template.Weeks[week - 1].Workouts;

        Assert.Equal([StepCode.Expand(run1), StepCode.Expand(run2), StepCode.Expand(run3)], workouts.Select(StepCode.Of));
    }

    [Theory]
    [InlineData(1, null, null, null)]
    [InlineData(3, 1200 * 0.9144, 1200 * 0.9144, 1200 * 0.9144)]
    [InlineData(4, 1.5 * Distance.MetersPerMile, 1.5 * Distance.MetersPerMile, 1.5 * Distance.MetersPerMile)]
    [InlineData(5, 1.5 * Distance.MetersPerMile, 1.5 * Distance.MetersPerMile, 2 * Distance.MetersPerMile)]
    [InlineData(6, 1.75 * Distance.MetersPerMile, 2 * Distance.MetersPerMile, 2.25 * Distance.MetersPerMile)]
    [InlineData(7, 2.5 * Distance.MetersPerMile, 2.5 * Distance.MetersPerMile, 2.5 * Distance.MetersPerMile)]
    [InlineData(8, 2.75 * Distance.MetersPerMile, 2.75 * Distance.MetersPerMile, 2.75 * Distance.MetersPerMile)]
    [InlineData(9, 3 * Distance.MetersPerMile, 3 * Distance.MetersPerMile, 3 * Distance.MetersPerMile)]
    public void Week_RunningDistance_MatchesPublishedAlternative(int week, double? run1, double? run2, double? run3)
    {
        var meters = Template.Weeks[week - 1].Workouts.Select(w => w.DistanceMeters).ToArray();

        Assert.Equal([run1, run2, run3], meters, (a, b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) < 1e-6);
    }

    [Fact]
    public void Weeks_OnlyWeekSixRunThree_DiffersFromNhsInTime()
    {
        var nhs = PlanTemplates.Get("nhs-couch-to-5k").Weeks.SelectMany(w => w.Workouts).Select(w => w.RunSeconds).ToArray();
        var cool = Template.Weeks.SelectMany(w => w.Workouts).Select(w => w.RunSeconds).ToArray();

        var differences = Enumerable.Range(0, nhs.Length).Where(i => nhs[i] != cool[i]).ToArray();

        Assert.Equal([(6 - 1) * 3 + 2], differences);
        Assert.Equal([24, 27, 27, 48, 51, 60, 75, 84, 90], Template.Weeks.Select(w => w.Workouts.Sum(x => x.RunSeconds) / 60));
    }

    [Fact]
    public void FinalWorkout_Instruction_CongratulatesAsPublished()
    {
        Assert.StartsWith("The final workout! Congratulations!", Template.Weeks[8].Workouts[2].Instruction, StringComparison.Ordinal);
    }

    [Fact]
    public void Checkpoints_AreExactlyTheWorkoutsThatBreakTheSingleRunRule()
    {
        var plan = Template.Apply(new DateOnly(2027, 1, 4));

        var spikes = SingleRunSpike.InPlan(plan).Select(s => s.Item.Workout.Title);
        var checkpoints = plan.Workouts.Where(w => w.Workout.IsCheckpoint).Select(w => w.Workout.Title).ToArray();

        Assert.Equal(["Week 2, run 1", "Week 4, run 1", "Week 5, run 3", "Week 7, run 1", "Week 8, run 1"], checkpoints);
        Assert.Equal(checkpoints, spikes);
    }
}
