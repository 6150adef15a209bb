using Harrier.Core.Load;
using Harrier.Core.Plans;

namespace Harrier.Core.Tests.Plans;

/// <summary>The NHS Couch to 5K template reproduces EVIDENCE.md §1.1 week by week, and the derived figures of §1.3.</summary>
public sealed class NhsCouchTo5KTests
{
    private static readonly PlanTemplate Template = PlanTemplates.Get("nhs-couch-to-5k");

    [Theory]
    [InlineData(1, "wu300 8x(r60 w90) cd300", "wu300 8x(r60 w90) cd300", "wu300 8x(r60 w90) cd300")]
    [InlineData(2, "wu300 6x(r90 w120) cd300", "wu300 6x(r90 w120) cd300", "wu300 6x(r90 w120) cd300")]
    [InlineData(3, "wu300 r90 w90 r180 w180 r90 w90 r180 cd300", "wu300 r90 w90 r180 w180 r90 w90 r180 cd300",
        "wu300 r90 w90 r180 w180 r90 w90 r180 cd300")]
    [InlineData(4, "wu300 r180 w90 r300 w150 r180 w90 r300 cd300", "wu300 r180 w90 r300 w150 r180 w90 r300 cd300",
        "wu300 r180 w90 r300 w150 r180 w90 r300 cd300")]
    [InlineData(5, "wu300 r300 w180 r300 w180 r300 cd300", "wu300 r480 w300 r480 cd300", "wu300 r1200 cd300")]
    [InlineData(6, "wu300 r300 w180 r480 w180 r300 cd300", "wu300 r600 w180 r600 cd300", "wu300 r1500 cd300")]
    [InlineData(7, "wu300 r1500 cd300", "wu300 r1500 cd300", "wu300 r1500 cd300")]
    [InlineData(8, "wu300 r1680 cd300", "wu300 r1680 cd300", "wu300 r1680 cd300")]
    [InlineData(9, "wu300 r1800 cd300", "wu300 r1800 cd300", "wu300 r1800 cd300")]
    public void Week_Steps_MatchPublishedSchedule(int week, string run1, string run2, string run3)
    {
        var workouts = Template.Weeks[week - 1].Workouts;

        Assert.Equal([StepCode.Expand(run1), StepCode.Expand(run2), StepCode.Expand(run3)], workouts.Select(StepCode.Of));
    }

    [Theory]
    [InlineData(1, "8 8 8", "1 1 1")]
    [InlineData(2, "9 9 9", "1.5 1.5 1.5")]
    [InlineData(3, "9 9 9", "3 3 3")]
    [InlineData(4, "16 16 16", "5 5 5")]
    [InlineData(5, "15 16 20", "5 8 20")]
    [InlineData(6, "18 20 25", "8 10 25")]
    [InlineData(7, "25 25 25", "25 25 25")]
    [InlineData(8, "28 28 28", "28 28 28")]
    [InlineData(9, "30 30 30", "30 30 30")]
    public void Week_RunningMinutes_MatchDerivedLoad(int week, string runMinutes, string longestMinutes)
    {
        var workouts = Template.Weeks[week - 1].Workouts;

        Assert.Equal(runMinutes, Minutes(workouts.Select(w => w.RunSeconds)));
        Assert.Equal(longestMinutes, Minutes(workouts.Select(w => w.LongestRunSeconds)));
    }

    [Fact]
    public void Weeks_WeeklyRunningMinutes_MatchDerivedLoad()
    {
        var weekly = Template.Weeks.Select(w => w.Workouts.Sum(x => x.RunSeconds) / 60);

        Assert.Equal([24, 27, 27, 48, 51, 63, 75, 84, 90], weekly);
    }

    [Fact]
    public void Sessions_EveryOne_HasFiveMinuteWarmUpAndCoolDown()
    {
        var all = Template.Weeks.SelectMany(w => w.Workouts).ToArray();

        Assert.Equal(27, all.Length);
        Assert.All(all, w => Assert.Equal(new WorkoutStep(StepKind.WarmUp, 300), w.Steps[0]));
        Assert.All(all, w => Assert.Equal(new WorkoutStep(StepKind.CoolDown, 300), w.Steps[^1]));
        Assert.All(all, w => Assert.Null(w.DistanceMeters));
    }

    [Fact]
    public void Checkpoints_AreExactlyTheSessionsThatBreakTheSingleRunRule()
    {
        var plan = Template.Apply(new DateOnly(2027, 1, 4), [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);

        var spikes = SingleRunSpike.InPlan(plan).Select(s => s.Item.Workout.Title);
        var checkpoints = plan.Workouts.Where(w => w.Workout.IsCheckpoint).Select(w => w.Workout.Title);

        Assert.Equal(["Week 2, run 1", "Week 4, run 1", "Week 5, run 3", "Week 6, run 3", "Week 8, run 1"], checkpoints);
        Assert.Equal(checkpoints, spikes);
    }

    private static string Minutes(IEnumerable<int> seconds) =>
        string.Join(' ', seconds.Select(s => (s / 60.0).ToString(CultureInfo.InvariantCulture)));
}
