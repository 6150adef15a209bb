using Harrier.Core.Coaching;
using Harrier.Core.GroupRuns;
using Harrier.Core.Intake;
using Harrier.Core.Pain;
using Harrier.Core.Plans;
using Harrier.Core.Screening;
using Harrier.Data.Coaching;
using Harrier.Data.GroupRuns;
using Harrier.Data.Intake;
using Harrier.Data.Plans;
using Harrier.Data.Screening;
using Harrier.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harrier.Data.Tests.GroupRuns;

/// <summary>Group runs on SQLite and PostgreSQL: series across a clock change, answers, the run sheet from each client's own plan, attendance.</summary>
public sealed class GroupRunTests
{
    private static readonly DateOnly Wednesday = new(2027, 1, 13);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 11, 5, 30, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Series_KeepsLocalTimeAcrossTheClockChange_OnlyClientsInvited_ChangesCountUp(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var (coach, runners) = await PeopleAsync(db, "ana", "ben");
        await LinkAsync(db, coach, runners[0], SharingScope.Training);
        var runs = new CoachGroupRuns(db, _clock);

        // Mon/Wed/Fri 06:00 in London for 3 weeks from Monday 22 March 2027: the clocks go forward on Sunday 28 March.
        var input = new GroupRunInput("Dawn run", "2027-03-22", "06:00", "Victoria Park, east gate", 51.5362, -0.0410, "Europe/London",
            ["mon", "wed", "fri"], 3, [runners[0].Id]);
        var request = input.Validate(new DateOnly(2027, 1, 11), "Etc/UTC").Request!;
        var (created, errors) = await runs.CreateAsync(coach.Id, request, null, CancellationToken.None);
        Assert.Empty(errors);
        Assert.Equal(9, created.Count);
        Assert.Single(created.Select(r => r.SeriesId).Distinct());
        Assert.Equal(new DateTime(2027, 3, 26, 6, 0, 0, DateTimeKind.Utc), created[2].StartUtc);
        Assert.Equal(new DateTime(2027, 3, 29, 5, 0, 0, DateTimeKind.Utc), created[3].StartUtc);

        var notClient = input with { Invitees = [runners[1].Id] };
        var (none, refused) = await runs.CreateAsync(coach.Id, notClient.Validate(new DateOnly(2027, 1, 11), "Etc/UTC").Request!, null, CancellationToken.None);
        Assert.Empty(none);
        Assert.Contains(GroupRunField.Invitees, refused.Keys);

        // Moving the rest of the series to 06:30 from the second run: the first keeps 06:00, the rest move, each counts up once.
        var later = input with { Date = "2027-03-24", Time = "06:30" };
        var (changed, _) = await runs.UpdateAsync(coach.Id, created[1].Id, later.Validate(new DateOnly(2027, 1, 11), "Etc/UTC").Request!, true, null, false, CancellationToken.None);
        Assert.Equal(8, changed!.Count);
        db.ChangeTracker.Clear();
        var stored = await db.GroupRuns.OrderBy(r => r.StartUtc).ToListAsync();
        Assert.Equal((new TimeOnly(6, 0), 0), (stored[0].LocalTime, stored[0].Sequence));
        Assert.All(stored.Skip(1), r => Assert.Equal((new TimeOnly(6, 30), 1), (r.LocalTime, r.Sequence)));
        Assert.Equal(new DateTime(2027, 3, 29, 5, 30, 0, DateTimeKind.Utc), stored[3].StartUtc);

        Assert.Equal(6, (await runs.CancelAsync(coach.Id, stored[3].Id, true, CancellationToken.None))?.Cancelled);
        db.ChangeTracker.Clear();
        Assert.Equal(6, await db.GroupRuns.CountAsync(r => r.CancelledUtc != null && r.Sequence == 2));
        Assert.Null(await runs.CancelAsync(runners[0].Id, stored[0].Id, false, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Answers_OnlyFromInvitedClientsOfALinkedCoach(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var (coach, runners) = await PeopleAsync(db, "ana", "ben");
        var link = await LinkAsync(db, coach, runners[0], SharingScope.Training);
        await LinkAsync(db, coach, runners[1], SharingScope.Training);
        var run = await CreateAsync(db, coach, Wednesday, runners[0].Id);
        var mine = new RunnerGroupRuns(db, _clock);

        Assert.True(await mine.AnswerAsync(runners[0].Id, run.Id, RsvpAnswer.Maybe, CancellationToken.None));
        Assert.False(await mine.AnswerAsync(runners[1].Id, run.Id, RsvpAnswer.Yes, CancellationToken.None));
        var invitation = Assert.Single(await mine.InvitationsAsync(runners[0].Id, Wednesday.AddDays(-2), CancellationToken.None));
        Assert.Equal((RsvpAnswer.Maybe, "Sam"), (invitation.Mine.Answer, invitation.CoachName));
        Assert.Empty(await mine.InvitationsAsync(runners[1].Id, Wednesday.AddDays(-2), CancellationToken.None));

        await new Invitations(db, _clock).EndAsync(link.Id, runners[0].Id, CancellationToken.None);
        Assert.Empty(await mine.InvitationsAsync(runners[0].Id, Wednesday.AddDays(-2), CancellationToken.None));
        Assert.False(await mine.AnswerAsync(runners[0].Id, run.Id, RsvpAnswer.Yes, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Sheet_EachClientTheirOwnSession_FinishTimes_NotTodayWithAWarningSign(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var (coach, r) = await PeopleAsync(db, "ana", "ben", "cara", "dan", "eve");
        var (ana, ben, cara, dan, eve) = (r[0], r[1], r[2], r[3], r[4]);
        var c25k = PlanTemplates.Get("nhs-couch-to-5k");
        var monWedFri = new[] { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday };
        var plans = new RunnerPlans(db, _clock);
        await plans.StartAsync(ana.Id, c25k.Apply(new DateOnly(2027, 1, 11), monWedFri), CancellationToken.None);
        await plans.StartAsync(ben.Id, c25k.Apply(new DateOnly(2026, 11, 30), monWedFri), CancellationToken.None);
        await plans.StartAsync(cara.Id, c25k.Apply(new DateOnly(2027, 1, 12), [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday]), CancellationToken.None);
        await plans.StartAsync(dan.Id, c25k.Apply(new DateOnly(2027, 1, 11), monWedFri), CancellationToken.None);
        await plans.StartAsync(eve.Id, c25k.Apply(new DateOnly(2027, 1, 11), monWedFri), CancellationToken.None);
        foreach (var runner in new[] { ana, ben, cara, dan })
        {
            await LinkAsync(db, coach, runner, runner == ben ? SharingScope.Training : SharingScope.TrainingAndHealth);
            await IntakeAsync(db, coach, runner);
        }

        await LinkAsync(db, coach, eve, SharingScope.TrainingAndHealth);
        _clock.SetUtcNow(new DateTimeOffset(2027, 1, 13, 5, 0, 0, TimeSpan.Zero));
        await new RedFlagCheck(db, _clock).RunAsync(dan.Id, RedFlagAnswers.Yes("fever"), 30, null, Wednesday, CancellationToken.None);
        var run = await CreateAsync(db, coach, Wednesday, ana.Id, ben.Id, cara.Id, dan.Id, eve.Id);
        foreach (var runner in r)
        {
            Assert.True(await new RunnerGroupRuns(db, _clock).AnswerAsync(runner.Id, run.Id, RsvpAnswer.Yes, CancellationToken.None));
        }

        var (details, sheet) = (await new RunSheets(db, _clock).BuildAsync(coach.Id, run.Id, "api", CancellationToken.None))!.Value;
        Assert.Equal(new DateTimeOffset(2027, 1, 13, 6, 0, 0, TimeSpan.Zero), sheet.Start);
        var lines = sheet.Lines.ToDictionary(l => l.Name);
        Assert.Equal(("25:00 run", Readiness.Ready), (lines["ben"].Summary, lines["ben"].Readiness));
        Assert.Equal(new DateTimeOffset(2027, 1, 13, 6, 30, 0, TimeSpan.Zero), lines["ben"].Finish);
        Assert.Equal("8 × (1:00 run, 1:30 walk)", lines["ana"].Summary);
        Assert.Equal(new DateTimeOffset(2027, 1, 13, 6, 25, 0, TimeSpan.Zero), lines["ana"].Finish);
        Assert.Equal(Readiness.RestDay, lines["cara"].Readiness);
        Assert.Equal((Readiness.NotToday, null), (lines["dan"].Readiness, lines["dan"].Summary));
        Assert.Contains(lines["dan"].Notes, n => n.Contains("fever", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(lines["eve"].Notes, n => n.StartsWith("Intake: No intake yet", StringComparison.Ordinal));
        Assert.Equal(new DateTimeOffset(2027, 1, 13, 6, 35, 0, TimeSpan.Zero), sheet.GroupBack);
        Assert.Equal(["ben", "ana", "eve", "dan", "cara"], sheet.Lines.Select(l => l.Name));
        Assert.NotNull(sheet.Advice);
        Assert.StartsWith("Starts in the dark, 1 h", sheet.LightLine, StringComparison.Ordinal);
        Assert.Equal(5, details.Count(RsvpAnswer.Yes));

        // Health views are recorded for the four who share health, never for Ben.
        Assert.Equal(4, await db.HealthViews.CountAsync(v => v.Record == HealthRecord.RunSheet));
        Assert.False(await db.HealthViews.AnyAsync(v => v.RunnerId == ben.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Attendance_FeedsThePlanThroughThePainDecision(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var (coach, r) = await PeopleAsync(db, "ana", "ben");
        var plans = new RunnerPlans(db, _clock);
        foreach (var runner in r)
        {
            await plans.StartAsync(runner.Id, PlanTemplates.Get("nhs-couch-to-5k").Apply(new DateOnly(2027, 1, 11), [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]), CancellationToken.None);
            await LinkAsync(db, coach, runner, SharingScope.Training);
        }

        var run = await CreateAsync(db, coach, Wednesday, r[0].Id, r[1].Id);
        var attendance = new GroupRunAttendance(db, _clock);
        var early = await attendance.MarkAsync(coach.Id, run.Id, [new AttendanceMark(r[0].Id, Attendance.Done)], CancellationToken.None);
        Assert.Equal("Attendance can be marked once the run has started.", early!.Error);

        _clock.SetUtcNow(new DateTimeOffset(2027, 1, 13, 7, 0, 0, TimeSpan.Zero));
        var badPain = await attendance.MarkAsync(coach.Id, run.Id, [new AttendanceMark(r[1].Id, Attendance.Hurt)], CancellationToken.None);
        Assert.NotNull(badPain!.Error);
        var marked = await attendance.MarkAsync(
            coach.Id, run.Id, [new AttendanceMark(r[0].Id, Attendance.Done), new AttendanceMark(r[1].Id, Attendance.Hurt, 7)], CancellationToken.None);
        Assert.Null(marked!.Error);

        var anaOutcomes = await plans.OutcomesAsync((await plans.ActiveAsync(r[0].Id, CancellationToken.None))!, CancellationToken.None);
        Assert.Equal(SessionResult.Done, anaOutcomes[Wednesday].Result);
        var benPlan = (await plans.ActiveAsync(r[1].Id, CancellationToken.None))!;
        Assert.Equal((SessionResult.Hurt, 7), ((await plans.OutcomesAsync(benPlan, CancellationToken.None))[Wednesday].Result,
            (await plans.OutcomesAsync(benPlan, CancellationToken.None))[Wednesday].PainDuringRun));
        // Pain above 5 during a run makes the next session easier: the same decision as "it hurt" on Today.
        var benChange = marked.Changes.Single(c => c.RunnerId == r[1].Id).Change;
        Assert.NotNull(benChange);
        Assert.Equal(PainAction.Reduce, (await new Data.Pain.PainDecisions(db, _clock).DecideAsync(r[1].Id, Wednesday, CancellationToken.None)).Action);
        Assert.Null(await attendance.MarkAsync(r[0].Id, run.Id, [], CancellationToken.None));
    }

    private async Task<GroupRun> CreateAsync(HarrierDbContext db, HarrierUser coach, DateOnly date, params string[] invitees)
    {
        var input = new GroupRunInput(null, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "06:00",
            "Victoria Park", 51.5362, -0.0410, "Europe/London", Invitees: invitees);
        var check = input.Validate(new DateOnly(2027, 1, 11), "Etc/UTC");
        var (runs, errors) = await new CoachGroupRuns(db, _clock).CreateAsync(coach.Id, check.Request!, null, CancellationToken.None);
        Assert.Empty(errors);
        return Assert.Single(runs);
    }

    private async Task IntakeAsync(HarrierDbContext db, HarrierUser coach, HarrierUser runner)
    {
        var allNo = ParQForm.Shipped.Questions.Select(q => q.Id).Concat(ParQForm.Shipped.Delay.Select(d => d.Id)).ToDictionary(id => id, _ => false);
        await new RunnerIntake(db, _clock).SaveAsync(runner.Id, coach.Id, allNo, new ActivityHistory(), new DateOnly(2027, 1, 4), CancellationToken.None);
    }

    private async Task<CoachLink> LinkAsync(HarrierDbContext db, HarrierUser coach, HarrierUser runner, SharingScope scope)
    {
        var invitations = new Invitations(db, _clock);
        var (_, code) = await invitations.CreateAsync(coach.Id, CancellationToken.None);
        return (await invitations.AcceptAsync(code, runner.Id, scope, CancellationToken.None))!;
    }

    private static async Task<(HarrierUser Coach, HarrierUser[] Runners)> PeopleAsync(HarrierDbContext db, params string[] names)
    {
        static HarrierUser User(string name) => new()
        {
            UserName = name + "@example.com", Email = name + "@example.com", NormalizedEmail = name.ToUpperInvariant() + "@EXAMPLE.COM",
            NormalizedUserName = name.ToUpperInvariant() + "@EXAMPLE.COM", DisplayName = name == "sam" ? "Sam" : name, TimeZoneId = "Europe/London",
        };
        var coach = User("sam");
        var runners = names.Select(User).ToArray();
        db.Users.Add(coach);
        db.Users.AddRange(runners);
        await db.SaveChangesAsync();
        return (coach, runners);
    }
}
