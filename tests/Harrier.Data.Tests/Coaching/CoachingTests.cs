using Harrier.Core.Coaching;
using Harrier.Core.Intake;
using Harrier.Core.Pain;
using Harrier.Core.Screening;
using Harrier.Data.Coaching;
using Harrier.Data.Intake;
using Harrier.Data.Pain;
using Harrier.Data.Screening;
using Harrier.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harrier.Data.Tests.Coaching;

/// <summary>Consent links, invitations, the record of health views, intake validity and the roster, on SQLite and PostgreSQL.</summary>
public sealed class CoachingTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 11, 6, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Invitation_SingleUseSevenDaysRevocableAndNeverForYourself(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var (coach, ana, ben) = await UsersAsync(db);
        var invitations = new Invitations(db, _clock);

        var (_, code) = await invitations.CreateAsync(coach.Id, CancellationToken.None);
        Assert.Null(await invitations.AcceptAsync(code, coach.Id, SharingScope.Training, CancellationToken.None));
        var link = await invitations.AcceptAsync(code.ToLowerInvariant().Insert(4, "-"), ana.Id, SharingScope.TrainingAndHealth, CancellationToken.None);
        Assert.NotNull(link);
        Assert.Null(await invitations.AcceptAsync(code, ben.Id, SharingScope.Training, CancellationToken.None));

        var (revoked, revokedCode) = await invitations.CreateAsync(coach.Id, CancellationToken.None);
        Assert.True(await invitations.RevokeAsync(coach.Id, revoked.Id, CancellationToken.None));
        Assert.Null(await invitations.AcceptAsync(revokedCode, ben.Id, SharingScope.Training, CancellationToken.None));

        var (_, lateCode) = await invitations.CreateAsync(coach.Id, CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.Null(await invitations.AcceptAsync(lateCode, ben.Id, SharingScope.Training, CancellationToken.None));
        Assert.Equal(1, await db.CoachLinks.CountAsync());
        Assert.DoesNotContain(code, string.Join(",", await db.CoachInvitations.Select(i => i.CodeHash).ToListAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task HealthScope_EveryViewRecorded_TrainingScopeSeesNoneAndEndedLinksNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var (coach, ana, ben) = await UsersAsync(db);
        var access = new CoachAccess(db, _clock);
        var anaLink = await LinkAsync(db, coach, ana, SharingScope.TrainingAndHealth);
        await LinkAsync(db, coach, ben, SharingScope.Training);

        Assert.NotNull(await access.HealthAsync(coach.Id, ana.Id, HealthRecord.PainJournal, "web", CancellationToken.None));
        Assert.Null(await access.HealthAsync(coach.Id, ben.Id, HealthRecord.PainJournal, "web", CancellationToken.None));
        Assert.NotNull(await access.TrainingAsync(coach.Id, ben.Id, CancellationToken.None));
        var views = await db.HealthViews.ToListAsync();
        var view = Assert.Single(views);
        Assert.Equal((ana.Id, HealthRecord.PainJournal, "web"), (view.RunnerId, view.Record, view.Channel));

        Assert.True(await new Invitations(db, _clock).EndAsync(anaLink.Id, ana.Id, CancellationToken.None));
        Assert.Null(await access.LinkAsync(coach.Id, ana.Id, CancellationToken.None));
        Assert.Null(await access.HealthAsync(coach.Id, ana.Id, HealthRecord.PainJournal, "api", CancellationToken.None));
        Assert.Single(await db.HealthViews.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Intake_ValidUntilAWarningSignThenDueAgain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var (coach, ana, _) = await UsersAsync(db);
        var intake = new RunnerIntake(db, _clock);
        var today = new DateOnly(2027, 1, 11);
        var allNo = ParQForm.Shipped.Questions.Select(q => q.Id).Concat(ParQForm.Shipped.Delay.Select(d => d.Id)).ToDictionary(id => id, _ => false);

        var (outcome, record) = await intake.SaveAsync(ana.Id, coach.Id, allNo, new ActivityHistory { HoursSittingPerDay = 9 }, today, CancellationToken.None);
        Assert.Equal(IntakeVerdict.Cleared, outcome.Verdict);
        Assert.Equal(coach.Id, record!.EnteredById);
        Assert.True((await intake.StatusAsync(ana.Id, today, CancellationToken.None)).IsValid);

        await new RedFlagCheck(db, _clock).RunAsync(ana.Id, RedFlagAnswers.Yes("night-pain"), 30, null, today.AddDays(3), CancellationToken.None);
        var status = await intake.StatusAsync(ana.Id, today.AddDays(3), CancellationToken.None);
        Assert.False(status.IsValid);
        Assert.StartsWith("Due again: a warning sign", status.Reason, StringComparison.Ordinal);
        var known = (await new PainHistory(db).LoadAsync(ana.Id, today, CancellationToken.None)).Intake;
        Assert.Equal(9, known!.HoursSittingPerDay);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Roster_HealthOnlyInTheHealthScopeAndRecorded(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var (coach, ana, ben) = await UsersAsync(db);
        await LinkAsync(db, coach, ana, SharingScope.TrainingAndHealth);
        await LinkAsync(db, coach, ben, SharingScope.Training);
        var today = new DateOnly(2027, 1, 11);
        foreach (var runner in new[] { ana, ben })
        {
            await new PainJournal(db, _clock).CheckInAsync(runner.Id, new MorningCheckIn(today, 4), CancellationToken.None);
            await new RedFlagCheck(db, _clock).RunAsync(runner.Id, RedFlagAnswers.Yes("fever"), 30, null, today, CancellationToken.None);
        }

        var roster = await new CoachRoster(db, _clock).BuildAsync(coach.Id, "cli", CancellationToken.None);

        var first = roster[0];
        Assert.Equal(ana.Id, first.Client.RunnerId);
        Assert.Equal(Attention.WarningSign, first.Attention);
        Assert.Equal(4, first.Client.LatestMorningPain);
        var bens = roster.Single(e => e.Client.RunnerId == ben.Id);
        Assert.Null(bens.Client.LatestMorningPain);
        Assert.Null(bens.Client.OpenWarningSign);
        Assert.Equal(Attention.IntakeDue, bens.Attention);
        var view = Assert.Single(await db.HealthViews.ToListAsync());
        Assert.Equal((ana.Id, HealthRecord.RosterSummary, "cli"), (view.RunnerId, view.Record, view.Channel));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Roster_TrainingOnly_IntakeDueWithoutSayingAWarningSignWasReported(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var (coach, ana, _) = await UsersAsync(db);
        await LinkAsync(db, coach, ana, SharingScope.Training);
        var today = new DateOnly(2027, 1, 11);
        var allNo = ParQForm.Shipped.Questions.Select(q => q.Id).Concat(ParQForm.Shipped.Delay.Select(d => d.Id)).ToDictionary(id => id, _ => false);
        await new RunnerIntake(db, _clock).SaveAsync(ana.Id, ana.Id, allNo, new ActivityHistory(), today.AddDays(-3), CancellationToken.None);
        await new RedFlagCheck(db, _clock).RunAsync(ana.Id, RedFlagAnswers.Yes("night-pain"), 30, null, today, CancellationToken.None);

        var entry = Assert.Single(await new CoachRoster(db, _clock).BuildAsync(coach.Id, "web", CancellationToken.None));

        Assert.False(entry.Client.Intake.IsValid);
        Assert.DoesNotContain("warning sign", entry.Client.Intake.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(entry.Reasons, r => r.Contains("warning sign", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<CoachLink> LinkAsync(HarrierDbContext db, HarrierUser coach, HarrierUser runner, SharingScope scope)
    {
        var invitations = new Invitations(db, _clock);
        var (_, code) = await invitations.CreateAsync(coach.Id, CancellationToken.None);
        return (await invitations.AcceptAsync(code, runner.Id, scope, CancellationToken.None))!;
    }

    private static async Task<(HarrierUser Coach, HarrierUser Ana, HarrierUser Ben)> UsersAsync(HarrierDbContext db)
    {
        HarrierUser User(string name) => new()
        {
            UserName = name + "@example.com", Email = name + "@example.com", NormalizedEmail = name.ToUpperInvariant() + "@EXAMPLE.COM",
            NormalizedUserName = name.ToUpperInvariant() + "@EXAMPLE.COM", DisplayName = name, TimeZoneId = "Europe/London",
        };
        var users = (User("sam"), User("ana"), User("ben"));
        db.Users.AddRange(users.Item1, users.Item2, users.Item3);
        await db.SaveChangesAsync();
        return users;
    }
}
