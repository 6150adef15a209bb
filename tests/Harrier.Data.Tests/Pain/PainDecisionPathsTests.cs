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
    public async Task TwoCheckInsOnTheSameDay_TheEasierWeekIsCutOnce(DatabaseProvider provider)
    {
        await using var paths = await PainPaths.CreateAsync(provider);
        var journal = new PainJournal(paths.Db, paths.Clock);
        var checkIn = await RisingMorningsAsync(paths, journal, weeks: 3);
        var sessions = (await paths.PlanAsync()).Plan.Workouts.Where(w => w.Workout.IsRunning).ToArray();

        var first = await journal.CheckInAsync(paths.Runner.Id, new MorningCheckIn(checkIn, 5), CancellationToken.None);
        var second = await journal.CheckInAsync(paths.Runner.Id, new MorningCheckIn(checkIn, 4), CancellationToken.None);

        Assert.Equal(PlanAction.Deload, first.Change!.Action);
        Assert.Equal(PainAction.Deload, second.Decision.Action);
        Assert.Null(second.Change);
        await AssertEasedOnceAsync(paths, sessions, checkIn);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task RisingAgainLaterInTheSameWeek_TheEasierWeekIsNotCutTwice(DatabaseProvider provider)
    {
        await using var paths = await PainPaths.CreateAsync(provider);
        var journal = new PainJournal(paths.Db, paths.Clock);
        var checkIn = await RisingMorningsAsync(paths, journal, weeks: 3);
        var sessions = (await paths.PlanAsync()).Plan.Workouts.Where(w => w.Workout.IsRunning).ToArray();
        var first = await journal.CheckInAsync(paths.Runner.Id, new MorningCheckIn(checkIn, 5), CancellationToken.None);

        // A run two days later, and the next morning still higher than last week: the same easier week, not a second cut.
        await AddRunAsync(paths, checkIn.AddDays(1));
        var later = await journal.CheckInAsync(paths.Runner.Id, new MorningCheckIn(paths.At(checkIn.AddDays(2)), 6), CancellationToken.None);

        Assert.Equal(PlanAction.Deload, first.Change!.Action);
        Assert.Equal(PainAction.Deload, later.Decision.Action);
        Assert.Null(later.Change);
        await AssertEasedOnceAsync(paths, sessions, checkIn);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task LaterAllNoCheck_DoesNotClearAnOpenEmergencyOnAnyPath(DatabaseProvider provider)
    {
        await using var paths = await PainPaths.CreateAsync(provider);
        var check = new RedFlagCheck(paths.Db, paths.Clock);
        var day = paths.At(Monday.AddDays(1));
        var now = RedFlagAnswerParser.Parse([KeyValuePair.Create("chest-pain", (string?)"now")], RedFlagRules.Questions).Answers!;
        await check.RunAsync(paths.Runner.Id, now, 40, null, day, CancellationToken.None);

        var later = paths.At(Monday.AddDays(3));
        var allNo = new RedFlagAnswers(RedFlagRules.Questions.Where(q => q.AskIf is null).Select(q => KeyValuePair.Create(q.Id, RedFlagAnswer.No)));
        var (result, _) = await check.RunAsync(paths.Runner.Id, allNo, 40, null, later, CancellationToken.None);

        Assert.Equal(Urgency.Self, result.Overall);
        Assert.True((await paths.PlanAsync()).Plan.IsSuspended);
        var decision = await new PainDecisions(paths.Db, paths.Clock).DecideAsync(paths.Runner.Id, later, CancellationToken.None);
        Assert.Equal(PainAction.Suspend, decision.Action);
        var triage = await new RunnerTriage(paths.Db, paths.Clock).AssessAsync(paths.Runner.Id, later, new TriageAnswers(), null, null, false, CancellationToken.None);
        Assert.True(triage.StoppedAtFlag);
        Assert.Equal("Get emergency help now", triage.WarningSigns.Heading);
        var history = await new PainHistory(paths.Db).LoadAsync(paths.Runner.Id, later, CancellationToken.None);
        Assert.Equal(Urgency.Emergency, history.OpenScreen(later)!.Overall);

        await check.ClearAsync(paths.Runner.Id, CancellationToken.None);
        var seen = await new PainDecisions(paths.Db, paths.Clock).DecideAsync(paths.Runner.Id, later, CancellationToken.None);
        Assert.NotEqual(PainAction.Suspend, seen.Action);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task CheckWithoutAnEntry_ReadsTheRecentJournalsNerveRootPattern(DatabaseProvider provider)
    {
        await using var paths = await PainPaths.CreateAsync(provider);
        var day = paths.At(Monday.AddDays(1));
        var entry = new PainEntry(day.AddDays(-2), Back) { SpreadsTo = [new BodySpot(BodyRegion.OuterLowerLeg, BodySide.Right)], AfterRun = 3 };
        await new PainJournal(paths.Db, paths.Clock).AddAsync(paths.Runner.Id, entry, day.AddDays(-2), CancellationToken.None);
        var allNo = new RedFlagAnswers(RedFlagRules.Questions.Where(q => q.AskIf is null).Select(q => KeyValuePair.Create(q.Id, RedFlagAnswer.No)));

        var (result, _) = await new RedFlagCheck(paths.Db, paths.Clock).RunAsync(paths.Runner.Id, allNo, 34, null, day, CancellationToken.None);

        Assert.Equal("nerve-root-pattern", Assert.Single(result.Findings).Rule.Id);
        Assert.StartsWith("No emergency signs; one thing to watch", result.Headline.Heading, StringComparison.Ordinal);
        var triage = await new RunnerTriage(paths.Db, paths.Clock).AssessAsync(paths.Runner.Id, day, new TriageAnswers(), null, null, false, CancellationToken.None);
        Assert.Contains("to watch: pain below the knee that may come from a nerve root", triage.WarningSigns.Heading, StringComparison.Ordinal);
        Assert.DoesNotContain(triage.Ranked, r => r.Contributor.Refer);
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

    // Runs on Mondays with next-morning check-ins 1, 2, 3…; returns the next Tuesday (a morning to check in on), with its run logged.
    private static async Task<DateOnly> RisingMorningsAsync(PainPaths paths, PainJournal journal, int weeks)
    {
        for (var week = 0; week < weeks; week++)
        {
            var runDay = Monday.AddDays(7 * week);
            await AddRunAsync(paths, runDay);
            await journal.CheckInAsync(paths.Runner.Id, new MorningCheckIn(paths.At(runDay.AddDays(1)), week + 1), CancellationToken.None);
        }

        var next = Monday.AddDays(7 * weeks);
        await AddRunAsync(paths, next);
        return paths.At(next.AddDays(1));
    }

    private static async Task AddRunAsync(PainPaths paths, DateOnly day)
    {
        paths.Db.Runs.Add(new Run
        {
            OwnerId = paths.Runner.Id, StartUtc = day.ToDateTime(new TimeOnly(6, 30), DateTimeKind.Utc), TimeZoneId = "Europe/London",
            Distance = Distance.FromKilometers(3), Duration = TimeSpan.FromMinutes(25), Effort = new Effort(4),
        });
        await paths.Db.SaveChangesAsync();
    }

    // From the check-in day on, one easier week: its sessions eased once, never "(easier week) (easier week)" or cut twice.
    private static async Task AssertEasedOnceAsync(PainPaths paths, PlannedWorkout[] before, DateOnly from)
    {
        var plan = (await paths.PlanAsync()).Plan;
        Assert.Single(plan.Changes, c => c.Action == PlanAction.Deload && c.On >= from);
        var eased = plan.Workouts.Where(w => w.Date >= from && w.Workout.Title.Contains("(easier week)", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(eased);
        Assert.All(plan.Workouts.Where(w => w.Workout.IsRunning), w =>
        {
            Assert.True(System.Text.RegularExpressions.Regex.Count(w.Workout.Title, @"\(easier week\)") <= 1, w.Workout.Title);
            Assert.True(System.Text.RegularExpressions.Regex.Count(w.Workout.Instruction, "shortened to about") <= 1, w.Workout.Instruction);
        });
        Assert.All(eased, w =>
        {
            var original = before.Single(b => b.Date == w.Date);
            Assert.True(w.Workout.RunSeconds >= original.Workout.RunSeconds * 0.75, $"{w.Workout.Title} cut more than once");
        });
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
