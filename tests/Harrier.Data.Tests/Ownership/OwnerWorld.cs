using Harrier.Core.Activities;
using Harrier.Core.Coaching;
using Harrier.Core.Pain;
using Harrier.Core.Plans;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data.Coaching;
using Harrier.Data.GroupRuns;
using Harrier.Data.Import;
using Harrier.Data.Intake;
using Harrier.Data.Pain;
using Harrier.Data.Plans;
using Harrier.Data.Remedies;
using Harrier.Data.Screening;
using Harrier.Data.Triage;
using Harrier.Import.Sources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;

namespace Harrier.Data.Tests.Ownership;

/// <summary>
/// A runner (Ana) with a record of every kind Harrier keeps, her coach (Sam) who set her plan, entered her intake, commented,
/// viewed her health data and runs a group she is invited to, and another client of Sam's (Bo) who must be left alone.
/// </summary>
internal sealed class OwnerWorld
{
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.Zero));

    private static readonly DateTime Now = Clock.GetUtcNow().UtcDateTime;

    public required HarrierUser Ana { get; init; }

    public required HarrierUser Sam { get; init; }

    public required HarrierUser Bo { get; init; }

    public static HarrierUser NewUser(string email) => new()
    {
        UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
        DisplayName = email.Split('@')[0], TimeZoneId = "Europe/London", CreatedUtc = Now, SecurityStamp = Guid.NewGuid().ToString(),
    };

    public static byte[] TestFile(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static async Task<OwnerWorld> SeedAsync(HarrierDbContext db)
    {
        var world = new OwnerWorld { Ana = NewUser("ana@example.com"), Sam = NewUser("sam@example.com"), Bo = NewUser("bo@example.com") };
        world.Ana.MaxHeartRate = 190;
        world.Ana.RestingHeartRate = 50;
        world.Ana.Sex = Core.Load.Sex.Female;
        world.Ana.DistanceUnit = DistanceUnit.Miles;
        db.Users.AddRange(world.Ana, world.Sam, world.Bo);
        var coach = new IdentityRole(Roles.Coach) { NormalizedName = "COACH" };
        db.Roles.Add(coach);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = world.Sam.Id, RoleId = coach.Id });
        db.UserClaims.Add(new IdentityUserClaim<string> { UserId = world.Ana.Id, ClaimType = "test", ClaimValue = "x" });
        db.UserLogins.Add(new IdentityUserLogin<string> { UserId = world.Ana.Id, LoginProvider = "test", ProviderKey = "ana", ProviderDisplayName = "Test" });
        db.UserTokens.Add(new IdentityUserToken<string> { UserId = world.Ana.Id, LoginProvider = "test", Name = "token", Value = "v" });
        db.AccountSessions.Add(new Data.Accounts.AccountSession
        {
            Id = Guid.NewGuid().ToString("N"), UserId = world.Ana.Id, Kind = Data.Accounts.SessionKind.Token, SecurityStamp = world.Ana.SecurityStamp!,
            CreatedUtc = Now, ExpiresUtc = Now.AddDays(30), AccessTokenHash = new string('c', 64), AccessExpiresUtc = Now.AddMinutes(15),
        });
        await db.SaveChangesAsync();

        await world.RunsAsync(db);
        await world.HealthAsync(db);
        await world.CoachingAsync(db);
        return world;
    }

    private async Task RunsAsync(HarrierDbContext db)
    {
        var shoe = new Shoe { OwnerId = Ana.Id, Name = "Pegasus 38", StartingDistance = Distance.FromKilometers(120), CreatedUtc = Now };
        var retired = new Shoe { OwnerId = Ana.Id, Name = "Old trail shoes", RetiredOn = new DateOnly(2026, 6, 1), CreatedUtc = Now };
        db.Shoes.AddRange(shoe, retired);
        await db.SaveChangesAsync();

        // An upload still waiting in the background queue: its rows go with the account, and it is not part of the export.
        await new ImportJobs(db, Clock, ImportLimits.Default).QueueAsync(Ana, [("later.gpx", TestFile("equator-run.gpx"))], ImportOptions.None, CancellationToken.None);
        var import = new ActivityImport(db, Clock, ImportLimits.Default, new ImportOptions(shoe.Id));
        foreach (var file in new[] { "steady-run.fit", "two-laps.tcx", "equator-run.gpx" })
        {
            Assert.All(await import.ImportAsync(Ana, file, TestFile(file), CancellationToken.None), o => Assert.Equal(ImportStatus.Imported, o.Status));
        }

        db.Runs.Add(new Run
        {
            OwnerId = Ana.Id, StartUtc = Now.AddDays(-2), TimeZoneId = "Europe/London", Distance = Distance.FromKilometers(4.2),
            Duration = TimeSpan.FromMinutes(28), Effort = new Effort(5), Surface = Surface.Grass, ShoeId = retired.Id, Name = "Park loop",
            Notes = "windy", Source = RunSource.Manual, CreatedUtc = Now, UpdatedUtc = Now,
        });
        db.CrossTraining.Add(new CrossTraining
        {
            OwnerId = Ana.Id, StartUtc = Now.AddDays(-3), TimeZoneId = "Europe/London", Sport = ActivitySport.Cycling, Duration = TimeSpan.FromMinutes(45),
            Distance = Distance.FromKilometers(15), Name = "Commute", AverageHeartRate = 121.5, FileName = "ride.fit", Sha256 = new string('a', 64), CreatedUtc = Now,
        });
        db.Runs.Add(new Run
        {
            OwnerId = Bo.Id, StartUtc = Now.AddDays(-1), TimeZoneId = "Europe/London", Distance = Distance.FromKilometers(3), Duration = TimeSpan.FromMinutes(20),
            Source = RunSource.Manual, CreatedUtc = Now, UpdatedUtc = Now,
        });
        await db.SaveChangesAsync();
    }

    private async Task HealthAsync(HarrierDbContext db)
    {
        var runId = db.Runs.Where(r => r.OwnerId == Ana.Id).OrderBy(r => r.Id).Select(r => r.Id).First();
        var plan = PlanTemplates.Get("nhs-couch-to-5k").Apply(new DateOnly(2026, 11, 2), [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);
        plan = PlanAdaptation.Apply(plan, new PlanAdjustment(PlanAction.Suspend, "Red flag reported", "Warning sign: fever. Source: test",
            new DateOnly(2026, 11, 20)), new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20));
        var old = new StoredPlan { OwnerId = Ana.Id, Name = "Old plan", IsActive = false, Document = "", CreatedUtc = Now.AddDays(-60), UpdatedUtc = Now };
        old.Plan = plan;
        var active = new StoredPlan { OwnerId = Ana.Id, Name = "C25K", IsActive = true, SetById = Sam.Id, Document = "", CreatedUtc = Now, UpdatedUtc = Now };
        active.Plan = plan;
        var pain = new PainRecord
        {
            OwnerId = Ana.Id, Day = new DateOnly(2026, 11, 20), Region = BodyRegion.Knee, Side = BodySide.Left, SpreadsTo = "Shin:Left;Calf:Left",
            Quality = PainQuality.Ache | PainQuality.Sharp, DuringRun = 4, AfterRun = 3, NextMorning = 2, StiffnessMinutes = 10, RunId = runId,
            Notes = "stairs", CreatedUtc = Now,
        };
        db.AddRange(old, active, pain);
        await db.SaveChangesAsync();
        db.SessionOutcomes.AddRange(
            new SessionOutcome { PlanId = active.Id, OwnerId = Ana.Id, Date = new DateOnly(2026, 11, 2), Result = SessionResult.Done, RunId = runId, RecordedUtc = Now },
            new SessionOutcome { PlanId = active.Id, OwnerId = Ana.Id, Date = new DateOnly(2026, 11, 4), Result = SessionResult.CutShort, SecondsDone = 600, RecordedUtc = Now },
            new SessionOutcome { PlanId = old.Id, OwnerId = Ana.Id, Date = new DateOnly(2026, 9, 4), Result = SessionResult.Hurt, PainDuringRun = 5, RecordedUtc = Now });
        db.CheckIns.Add(new CheckInRecord { OwnerId = Ana.Id, Day = new DateOnly(2026, 11, 21), Pain = 3, SomethingNew = true, RecordedUtc = Now });
        db.Screenings.Add(new ScreeningRecord
        {
            OwnerId = Ana.Id, TakenUtc = Now, Day = new DateOnly(2026, 11, 21), AnswersJson = """{"fever":"yes","night-pain":"no"}""", Urgency = "today",
            Triggered = "fever", PainEntryId = pain.Id, Age = 41, SuspendedPlan = true, ClearedUtc = Now.AddHours(5),
        });
        db.QuestionnaireScores.Add(new QuestionnaireScore
        {
            OwnerId = Ana.Id, Instrument = QuestionnaireScore.StartBack, TakenUtc = Now, AnswersJson = "[1,0,1,null,0,0,1,0,2]", Score = 4, Subscale = 2,
            Band = "Medium risk",
        });
        db.TriageAnswers.Add(new SavedTriageAnswers { OwnerId = Ana.Id, SavedUtc = Now, AnswersJson = """{"sleepHours":6.5}""" });
        db.Intakes.Add(new IntakeRecord
        {
            RunnerId = Ana.Id, EnteredById = Sam.Id, TakenUtc = Now, Day = new DateOnly(2026, 11, 1), ParQJson = """{"heart":false}""",
            HistoryJson = """{"runsPerWeek":2}""", Verdict = "ready", Headline = "Ready to start",
        });
        db.RemedyTrials.Add(new RemedyTrial
        {
            OwnerId = Ana.Id, Remedy = "Calf raises", ExerciseId = "calf-raise", Start = new DateOnly(2026, 11, 1), PeriodDays = 7, WashoutDays = 2,
            FirstArms = "RCCR", CreatedUtc = Now, StoppedOn = new DateOnly(2026, 11, 20),
        });
        await db.SaveChangesAsync();
    }

    private async Task CoachingAsync(HarrierDbContext db)
    {
        var link = new CoachLink { CoachId = Sam.Id, RunnerId = Ana.Id, Scope = SharingScope.TrainingAndHealth, CreatedUtc = Now, UpdatedUtc = Now };
        var boLink = new CoachLink { CoachId = Sam.Id, RunnerId = Bo.Id, Scope = SharingScope.Training, CreatedUtc = Now, UpdatedUtc = Now };
        db.CoachLinks.AddRange(link, boLink);
        db.CoachInvitations.Add(new CoachInvitation
        {
            CoachId = Sam.Id, CodeHash = new string('b', 64), CreatedUtc = Now, ExpiresUtc = Now.AddDays(7), AcceptedUtc = Now, AcceptedById = Ana.Id,
        });
        var runId = db.Runs.Where(r => r.OwnerId == Ana.Id).Select(r => r.Id).First();
        db.Comments.AddRange(
            new Comment { RunnerId = Ana.Id, AuthorId = Sam.Id, Target = CommentTarget.Run, TargetKey = runId.ToString(System.Globalization.CultureInfo.InvariantCulture), Text = "Nice pacing", CreatedUtc = Now },
            new Comment { RunnerId = Ana.Id, AuthorId = Ana.Id, Target = CommentTarget.Session, TargetKey = "2026-11-02", Text = "Thanks!", CreatedUtc = Now },
            new Comment { RunnerId = Bo.Id, AuthorId = Sam.Id, Target = CommentTarget.Session, TargetKey = "2026-11-02", Text = "Well done Bo", CreatedUtc = Now });
        await db.SaveChangesAsync();
        db.HealthViews.Add(new HealthView { LinkId = link.Id, CoachId = Sam.Id, RunnerId = Ana.Id, Record = HealthRecord.PainJournal, Channel = "web", AtUtc = Now });
        var place = new MeetingPlace { CoachId = Sam.Id, Name = "Victoria Park", Latitude = 51.5362, Longitude = -0.041, TimeZone = "Europe/London", LastUsedUtc = Now };
        var route = new StoredRoute { CoachId = Sam.Id, Name = "Loop", PointsJson = "[[51.5,-0.04],[51.51,-0.05]]", Meters = 5000, CreatedUtc = Now };
        var groupRun = new GroupRun
        {
            CoachId = Sam.Id, Title = "Dawn run", Place = place, Route = route, LocalDate = new DateOnly(2026, 12, 2), LocalTime = new TimeOnly(6, 0),
            StartUtc = new DateTime(2026, 12, 2, 6, 0, 0, DateTimeKind.Utc), CreatedUtc = Now, UpdatedUtc = Now,
            Invitees = [new GroupRunInvitee { RunnerId = Ana.Id, Answer = RsvpAnswer.Yes, AnsweredUtc = Now }, new GroupRunInvitee { RunnerId = Bo.Id }],
        };
        db.GroupRuns.Add(groupRun);
        await db.SaveChangesAsync();
    }
}
