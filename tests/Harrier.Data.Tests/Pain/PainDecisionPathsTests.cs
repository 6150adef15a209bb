using Harrier.Core.Pain;
using Harrier.Core.Plans;
using Harrier.Core.Runs;
using Harrier.Core.Screening;
using Harrier.Core.Triage;
using Harrier.Core.Units;
using Harrier.Data.Pain;
using Harrier.Data.Plans;
using Harrier.Data.Screening;
using Harrier.Data.Triage;

namespace Harrier.Data.Tests.Pain;

/// <summary>
/// Every live path that records pain (the journal, the morning check-in, "it hurt" on Today, the warning-signs check) and triage
/// reach the same decision from the same signals, with the basis that actually decided, on SQLite and PostgreSQL.
/// </summary>
public sealed class PainDecisionPathsTests
{
    private static readonly DateOnly Monday = PainPaths.Monday;
    private static readonly BodySpot Back = new(BodyRegion.LowerBack, BodySide.Right);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task DuringAboveFive_JournalAndItHurtReduceOnThePainModelAndTriageAgrees(DatabaseProvider provider)
    {
        await using (var journal = await PainPaths.CreateAsync(provider))
        {
            var today = journal.At(Monday, 18);
            var (_, result) = await new PainJournal(journal.Db, journal.Clock).AddAsync(
                journal.Runner.Id, new PainEntry(today, Back) { DuringRun = 7 }, today, CancellationToken.None);

            await AssertReducedAsync(journal, result.Decision, result.Change);
            var next = await new PainJournal(journal.Db, journal.Clock).CheckInAsync(journal.Runner.Id, new MorningCheckIn(journal.At(Monday.AddDays(1)), 1), CancellationToken.None);
            Assert.Equal(PainAction.Reduce, next.Decision.Action);
            Assert.Null(next.Change); // the same observation changes the plan once
        }

        await using var hurt = await PainPaths.CreateAsync(provider);
        var day = hurt.At(Monday, 18);
        var plans = new RunnerPlans(hurt.Db, hurt.Clock);
        var change = await plans.RecordAsync(await hurt.PlanAsync(), day, SessionResult.Hurt, 7, day, CancellationToken.None);
        var decision = await new PainDecisions(hurt.Db, hurt.Clock).DecideAsync(hurt.Runner.Id, day, CancellationToken.None);
        await AssertReducedAsync(hurt, decision, change);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task LowPainSettledEveryMorningForThreeWeeks_ItHurtAndJournalBothProgress(DatabaseProvider provider)
    {
        await using var paths = await PainPaths.CreateAsync(provider);
        var plans = new RunnerPlans(paths.Db, paths.Clock);
        var journal = new PainJournal(paths.Db, paths.Clock);
        var sessions = (await paths.PlanAsync()).Plan.Workouts.Where(w => w.Workout.IsRunning).Take(9).ToArray();
        foreach (var session in sessions)
        {
            var day = paths.At(session.Date, 18);
            await plans.RecordAsync(await paths.PlanAsync(), day, SessionResult.Hurt, 2, day, CancellationToken.None);
            var morning = await journal.CheckInAsync(paths.Runner.Id, new MorningCheckIn(paths.At(day.AddDays(1)), 0), CancellationToken.None);
            Assert.Equal(PainAction.Progress, morning.Decision.Action);
        }

        var plan = (await paths.PlanAsync()).Plan;
        Assert.Empty(plan.Changes);
        Assert.DoesNotContain(plan.Workouts, w => w.Workout.Title.Contains("(repeat)", StringComparison.Ordinal));
        var triage = await new RunnerTriage(paths.Db, paths.Clock).AssessAsync(paths.Runner.Id, sessions[^1].Date.AddDays(1), new TriageAnswers(), null, null, false, CancellationToken.None);
        Assert.Equal(PainAction.Progress, triage.Decision.Action);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task MorningPainRisingWeekOnWeek_CheckInGivesAnEasierWeekAndTriageAgrees(DatabaseProvider provider)
    {
        await using var paths = await PainPaths.CreateAsync(provider);
        var journal = new PainJournal(paths.Db, paths.Clock);
        CheckInResult? last = null;
        for (var week = 0; week < 4; week++)
        {
            var runDay = Monday.AddDays(7 * week);
            paths.Db.Runs.Add(new Run
            {
                OwnerId = paths.Runner.Id, StartUtc = runDay.ToDateTime(new TimeOnly(6, 30), DateTimeKind.Utc), TimeZoneId = "Europe/London",
                Distance = Distance.FromKilometers(3), Duration = TimeSpan.FromMinutes(25), Effort = new Effort(4),
            });
            await paths.Db.SaveChangesAsync();
            last = await journal.CheckInAsync(paths.Runner.Id, new MorningCheckIn(paths.At(runDay.AddDays(1)), week + 1), CancellationToken.None);
        }

        Assert.Equal(PainAction.Deload, last!.Decision.Action);
        Assert.Equal(PlanAction.Deload, last.Change!.Action);
        Assert.Equal(DecisionBasis.PainMonitoringModel.Text, last.Change.Basis);
        var triage = await new RunnerTriage(paths.Db, paths.Clock).AssessAsync(paths.Runner.Id, Monday.AddDays(22), new TriageAnswers(), null, null, false, CancellationToken.None);
        Assert.Equal(PainAction.Deload, triage.Decision.Action);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SameDayWarningSign_ScreenSuspendsOnTheFlagsBasisAndEveryPathStopsThereUntilResumed(DatabaseProvider provider)
    {
        await using var paths = await PainPaths.CreateAsync(provider);
        var today = paths.At(Monday.AddDays(2));
        var answers = RedFlagAnswerParser.Parse([KeyValuePair.Create("chest-pain", (string?)"12-to-72-hours-ago")], RedFlagRules.Questions).Answers!;

        var (result, record) = await new RedFlagCheck(paths.Db, paths.Clock).RunAsync(paths.Runner.Id, answers, 34, null, today, CancellationToken.None);

        Assert.Equal(Urgency.Today, result.Overall);
        Assert.True(record.SuspendedPlan);
        var plan = (await paths.PlanAsync()).Plan;
        Assert.True(plan.IsSuspended);
        var suspension = plan.Changes[^1];
        Assert.Equal(PlanAction.Suspend, suspension.Action);
        Assert.StartsWith("Warning sign: chest, arm, neck or jaw pain", suspension.Basis, StringComparison.Ordinal);
        Assert.Contains("NICE CG95", suspension.Basis, StringComparison.Ordinal);
        Assert.DoesNotContain("Silbernagel", suspension.Basis, StringComparison.Ordinal);

        var checkIn = await new PainJournal(paths.Db, paths.Clock).CheckInAsync(paths.Runner.Id, new MorningCheckIn(today, 1), CancellationToken.None);
        Assert.Equal(PainAction.Suspend, checkIn.Decision.Action);
        Assert.Null(checkIn.Change);
        var triage = await new RunnerTriage(paths.Db, paths.Clock).AssessAsync(paths.Runner.Id, today, new TriageAnswers(), null, null, false, CancellationToken.None);
        Assert.True(triage.StoppedAtFlag);
        Assert.Equal(suspension.Basis, triage.Decision.Basis.Text);
        Assert.Empty(triage.Ranked);

        await new RunnerPlans(paths.Db, paths.Clock).ResumeAsync(await paths.PlanAsync(), paths.At(Monday.AddDays(4)), CancellationToken.None);
        Assert.False((await paths.PlanAsync()).Plan.IsSuspended);
        var after = await new PainDecisions(paths.Db, paths.Clock).DecideAsync(paths.Runner.Id, Monday.AddDays(4), CancellationToken.None);
        Assert.NotEqual(PainAction.Suspend, after.Action);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SomethingNewAtTheCheckIn_OffersTheCheckAndHoldsUntilItIsDone(DatabaseProvider provider)
    {
        await using var paths = await PainPaths.CreateAsync(provider);
        var today = paths.At(Monday.AddDays(1));

        var checkIn = await new PainJournal(paths.Db, paths.Clock).CheckInAsync(paths.Runner.Id, new MorningCheckIn(today, 2, SomethingNew: true), CancellationToken.None);

        Assert.True(checkIn.OfferWarningSigns);
        Assert.Equal(PainAction.Hold, checkIn.Decision.Action);
        Assert.Same(DecisionBasis.NewSymptomCheck, checkIn.Decision.Basis);
        var triage = await new RunnerTriage(paths.Db, paths.Clock).AssessAsync(paths.Runner.Id, today, new TriageAnswers(), null, null, false, CancellationToken.None);
        Assert.Equal(checkIn.Decision, triage.Decision);

        var allNo = new RedFlagAnswers(RedFlagRules.Questions.Where(q => q.AskIf is null).Select(q => KeyValuePair.Create(q.Id, RedFlagAnswer.No)));
        await new RedFlagCheck(paths.Db, paths.Clock).RunAsync(paths.Runner.Id, allNo, 34, null, today, CancellationToken.None);
        var after = await new PainDecisions(paths.Db, paths.Clock).DecideAsync(paths.Runner.Id, today, CancellationToken.None);
        Assert.NotEqual("new-symptom-unscreened", after.Rule);
    }

    private static async Task AssertReducedAsync(PainPaths paths, PainDecision decision, PlanChange? change)
    {
        Assert.Equal(PainAction.Reduce, decision.Action);
        Assert.Same(DecisionBasis.PainMonitoringModel, decision.Basis);
        Assert.NotNull(change);
        Assert.Equal(PlanAction.Reduce, change.Action);
        Assert.Equal(DecisionBasis.PainMonitoringModel.Text, change.Basis);
        Assert.Equal(Monday, change.On);
        Assert.Equal(Monday.AddDays(2), Assert.Single(change.After).Date); // Wednesday's session is the one eased
        var triage = await new RunnerTriage(paths.Db, paths.Clock).AssessAsync(paths.Runner.Id, Monday, new TriageAnswers(), null, null, false, CancellationToken.None);
        Assert.Equal(decision, triage.Decision);
    }
}
