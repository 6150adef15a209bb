using Harrier.Core.Plans;
using Harrier.Core.Screening;
using Harrier.Data.Plans;
using Harrier.Data.Screening;
using Harrier.Data.Tests.Pain;

namespace Harrier.Data.Tests.Plans;

/// <summary>A warning sign pauses the stored plan; resuming ten days later moves what is left two weeks on, told in the history.</summary>
public sealed class PauseResumeTests
{
    private static readonly DateOnly Monday = PainPaths.Monday;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ResumeAsync_TenDaysAfterAWarningSign_MovesTheRestTwoWeeksOnTheSameWeekdays(DatabaseProvider provider)
    {
        await using var paths = await PainPaths.CreateAsync(provider);
        var plans = new RunnerPlans(paths.Db, paths.Clock);
        var before = (await paths.PlanAsync()).Plan;
        await plans.RecordAsync(await paths.PlanAsync(), Monday, SessionResult.Done, null, paths.At(Monday), CancellationToken.None);
        var answers = RedFlagAnswerParser.Parse([KeyValuePair.Create("chest-pain", (string?)"12-to-72-hours-ago")], RedFlagRules.Questions).Answers!;
        await new RedFlagCheck(paths.Db, paths.Clock).RunAsync(paths.Runner.Id, answers, 34, null, paths.At(Monday.AddDays(1)), CancellationToken.None);
        Assert.Equal(Monday.AddDays(1), (await paths.PlanAsync()).Plan.PausedOn);

        var change = await plans.ResumeAsync(await paths.PlanAsync(), paths.At(Monday.AddDays(11)), CancellationToken.None);

        var after = (await paths.PlanAsync()).Plan;
        Assert.False(after.IsSuspended);
        Assert.Equal(PlanAction.Resume, change!.Action);
        Assert.Equal(Monday.AddDays(11), change.On);
        Assert.StartsWith("You have been seen by a clinician and may run again. The plan was paused for 10 days", change.Reason, StringComparison.Ordinal);
        Assert.Equal((Monday, "1-1"), (after.Workouts[0].Date, after.Workouts[0].Key)); // done on the Monday before the pause: stays
        Assert.Equal(before.Workouts.Skip(1).Select(w => (w.Date.AddDays(14), w.Workout.Title)), after.Workouts.Skip(1).Select(w => (w.Date, w.Workout.Title)));
        Assert.Equal(Monday.AddDays(16), after.Workouts[1].Date);
    }
}
