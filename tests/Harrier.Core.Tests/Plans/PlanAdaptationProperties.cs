using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Harrier.Core.Plans;

namespace Harrier.Core.Tests.Plans;

/// <summary>Over random patterns of done and missed runs, realigning never skips a session and always records why.</summary>
public sealed class PlanAdaptationProperties
{
    private static readonly DateOnly Monday = new(2027, 1, 4);
    private static readonly TrainingPlan Nhs = PlanTemplates.Get("nhs-couch-to-5k").Apply(Monday);

    [Property(MaxTest = 200)]
    public Property Realign_AnyMissedRuns_KeepsEveryUndoneSessionInOrderFromToday() => Prop.ForAll(Cases(), c =>
    {
        var (doneMask, todayOffset) = c;
        var today = Monday.AddDays(todayOffset);
        var done = Nhs.Workouts.Where((w, i) => w.Date < today && (doneMask & (1L << i)) != 0).Select(w => w.Date).ToHashSet();

        var plan = PlanAdaptation.Realign(Nhs, done, today);

        var undone = Nhs.Workouts.Where(w => !done.Contains(w.Date)).Select(w => w.Workout.Title).ToArray();
        var ahead = plan.Workouts.Where(w => w.Date >= today && !w.Workout.Title.EndsWith("(repeat)", StringComparison.Ordinal))
            .Select(w => w.Workout.Title).ToArray();
        Assert.Equal(undone, ahead);
        Assert.Equal(plan.Workouts.Count, plan.Workouts.Select(w => w.Date).Distinct().Count());
        if (!ReferenceEquals(plan, Nhs))
        {
            Assert.False(string.IsNullOrWhiteSpace(Assert.Single(plan.Changes).Reason));
        }
    });

    private static Arbitrary<(long, int)> Cases() =>
        (from mask in Gen.Choose(0, int.MaxValue).Select(i => (long)i | ((long)i << 31))
         from today in Gen.Choose(0, 70)
         select (mask, today)).ToArbitrary();
}
