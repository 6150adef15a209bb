using Harrier.Core.Plans;
using Harrier.Core.Units;
using Harrier.Data.Plans;
using Harrier.Tests;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Tests.Plans;

public sealed class PlanStorageTests
{
    private static TrainingPlan Couch() => PlanTemplates.Get("nhs-couch-to-5k").Apply(new DateOnly(2027, 1, 4), [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);

    [Fact]
    public void PlanJson_TemplateAndGoalPlans_RoundTripToTheSameDocument()
    {
        var goal = GoalPlanner.Generate(new GoalRequest(new DateOnly(2027, 1, 4), Distance.FromKilometers(10), new DateOnly(2027, 5, 1),
            [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Sunday], CurrentAbility.Recent(Distance.FromKilometers(5), TimeSpan.FromMinutes(30))));

        foreach (var plan in new[] { Couch(), goal })
        {
            var read = PlanJson.Read(PlanJson.Write(plan));

            Assert.Equal(PlanJson.Write(plan), PlanJson.Write(read));
            Assert.Equal(plan.Workouts.Count, read.Workouts.Count);
            Assert.Equal(plan.Workouts.Select(w => w.Workout.RunSeconds), read.Workouts.Select(w => w.Workout.RunSeconds));
            Assert.Equal(plan.Workouts.Select(w => w.Workout.IsCheckpoint), read.Workouts.Select(w => w.Workout.IsCheckpoint));
            Assert.Equal(plan.Warnings, read.Warnings);
        }
    }

    [Fact]
    public void PlanJson_AdaptedPlan_KeepsItsHistory()
    {
        var plan = Couch();
        var adapted = PlanAdaptation.Apply(plan, new PlanAdjustment(PlanAction.Suspend, "Red flag reported", "Warning sign: fever. Source: test",
            new DateOnly(2027, 1, 10)), new DateOnly(2027, 1, 10), new DateOnly(2027, 1, 10));

        var read = PlanJson.Read(PlanJson.Write(adapted));

        Assert.True(read.IsSuspended);
        var change = Assert.Single(read.Changes);
        Assert.Equal(PlanAction.Suspend, change.Action);
        Assert.Equal("Red flag reported", change.Reason);
        Assert.Equal("Warning sign: fever. Source: test", change.Basis);
        Assert.Equal(new DateOnly(2027, 1, 10), change.About);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task StoredPlan_SaveAndLoad_RoundTripsThroughTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var ana = new HarrierUser { UserName = "ana@example.com", Email = "ana@example.com" };
        db.Users.Add(ana);
        var stored = new StoredPlan { OwnerId = ana.Id, Name = "C25K", IsActive = true, Document = "" };
        stored.Plan = Couch();
        db.Plans.Add(stored);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        db.SessionOutcomes.Add(new SessionOutcome { OwnerId = ana.Id, Date = new DateOnly(2027, 1, 4), Result = SessionResult.Hurt, PainDuringRun = 4, PlanId = stored.Id });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        await using var read = database.NewContext();
        var loaded = await read.Plans.SingleAsync(p => p.OwnerId == ana.Id && p.IsActive, TestContext.Current.CancellationToken);
        Assert.Equal(Couch().Workouts.Count, loaded.Plan.Workouts.Count);
        var outcome = await read.SessionOutcomes.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(SessionResult.Hurt, outcome.Result);
        Assert.Equal(4, outcome.PainDuringRun);
    }
}
