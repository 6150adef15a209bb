using Harrier.Core;
using Harrier.Core.Daylight;
using Harrier.Core.GroupRuns;
using Harrier.Core.Intake;
using Harrier.Core.Pain;
using Harrier.Core.Plans;
using Harrier.Core.Runs;
using Harrier.Core.Screening;
using Harrier.Core.Units;
using Harrier.Data;
using Harrier.Data.Coaching;
using Harrier.Data.GroupRuns;
using Harrier.Data.Import;
using Harrier.Data.Intake;
using Harrier.Data.Pain;
using Harrier.Data.Plans;
using Harrier.Data.Screening;
using Harrier.Import.Sources;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// The demo runners' stories, dated from today so the demo always looks current: Couch to 5K plans with the runs that did (or did
/// not) happen, shoes, pain journals, check-ins, warning-signs checks and intakes, all marked as sample data.
/// </summary>
internal sealed class DemoStories(HarrierDbContext db, TimeProvider clock, ImportLimits limits)
{
    private static readonly BodySpot RightLowerBack = new(BodyRegion.LowerBack, BodySide.Right);

    /// <summary>
    /// The forum thread's runner: five weeks into Couch to 5K for a summer job, new shoes three weeks ago, right-sided low back pain
    /// spreading to the outer right lower leg, next-morning pain rising week on week; intake taken with the coach.
    /// </summary>
    public async Task HurtingAsync(HarrierUser runner, HarrierUser coach, CancellationToken ct)
    {
        var today = runner.Today(clock);
        var start = Monday(today).AddDays(-28);
        var old = Shoe(runner, "Old trainers (sample)", 310);
        var asics = Shoe(runner, "Asics Gel, neutral (sample)", 0);
        var stored = await PlanAsync(runner, start, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], null, ct);
        var sessions = PastSessions(stored.Plan, today).ToArray();
        foreach (var session in sessions)
        {
            var newShoes = session.Date >= today.AddDays(-21);
            AddRun(runner, session, newShoes ? asics : old, session.Date.DayOfWeek == DayOfWeek.Friday ? Surface.Road : Surface.Grass,
                session.Date.DayOfWeek == DayOfWeek.Wednesday ? "Hilly loop past the park (sample data)." : null);
            Done(stored, session.Date);
        }

        await db.SaveChangesAsync(ct);
        var intakeDay = start.AddDays(-2);
        await IntakeAsync(runner, coach.Id, intakeDay, new ActivityHistory
        {
            HoursSittingPerDay = 9, StrengthSessionsPerWeek = 0, Age = 24, BodyMassKg = 84, HeightCm = 180, TargetIntensity = ExerciseIntensity.Moderate,
            Shoes = "Old trainers", Surfaces = [Surface.Road, Surface.Grass],
        }, ct);
        await PainAsync(runner, sessions, today, ct);
        // Sample heart rates, so the imported sample run below also shows a heart-rate load.
        (runner.MaxHeartRate, runner.RestingHeartRate) = (196, 58);
        await db.SaveChangesAsync(ct);
        // Through the same background import an upload takes, so the import page lists it as a finished import.
        var imports = new ImportJobs(db, clock, limits);
        await imports.QueueAsync(runner, [("sample-loop.gpx",
            SampleActivity.Gpx(TimeZones.ToUtc(today.AddDays(-1).ToDateTime(new TimeOnly(6, 5)), runner.TimeZone), TimeSpan.FromMinutes(28), 53.3498, -6.2603))],
            ImportOptions.None, ct);
        await imports.RunQueuedAsync(runner.Id, ct);
        await new PainDecisions(db, clock).ApplyAsync(runner.Id, today, ct);
    }

    /// <summary>A runner who did the first week and then missed sessions; no intake yet; shares training only.</summary>
    public async Task MissedSessionsAsync(HarrierUser runner, CancellationToken ct)
    {
        var today = runner.Today(clock);
        var stored = await PlanAsync(runner, Monday(today).AddDays(-20), [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday], null, ct);
        var shoe = Shoe(runner, "Trail shoes (sample)", 120);
        var missed = 0;
        foreach (var session in PastSessions(stored.Plan, today))
        {
            if (session.Date >= today.AddDays(-14) && missed++ % 2 == 0)
            {
                continue;
            }

            AddRun(runner, session, shoe, Surface.Trail, null);
            Done(stored, session.Date);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>A runner six weeks into Couch to 5K, every session done, pain-free mornings, intake taken on their own.</summary>
    public async Task OnTrackAsync(HarrierUser runner, CancellationToken ct)
    {
        var today = runner.Today(clock);
        var start = Monday(today).AddDays(-35);
        var stored = await PlanAsync(runner, start, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Saturday], null, ct);
        var shoe = Shoe(runner, "Road shoes (sample)", 60);
        foreach (var session in PastSessions(stored.Plan, today))
        {
            AddRun(runner, session, shoe, Surface.Road, null);
            Done(stored, session.Date);
            db.CheckIns.Add(new CheckInRecord { OwnerId = runner.Id, Day = session.Date.AddDays(1), Pain = 0, RecordedUtc = Utc(runner, session.Date.AddDays(1), 7) });
        }

        await db.SaveChangesAsync(ct);
        await IntakeAsync(runner, runner.Id, start.AddDays(-1), new ActivityHistory
        {
            RegularExerciser = true, HoursSittingPerDay = 6, StrengthSessionsPerWeek = 2, Age = 41, TargetIntensity = ExerciseIntensity.Moderate,
            Surfaces = [Surface.Road],
        }, ct);
    }

    /// <summary>
    /// The coach's dawn group runs: Mon/Wed/Fri at 06:30 in Victoria Park with a GPX loop, from last week for four weeks. The runs
    /// already held have attendance marked; the next ones have answers (yes, yes, maybe), so the run sheet shows each client's own
    /// session, a "go easy" and who does not run.
    /// </summary>
    public async Task GroupRunsAsync(HarrierUser coach, HarrierUser hurting, HarrierUser missed, HarrierUser onTrack, CancellationToken ct)
    {
        var today = coach.Today(clock);
        var zone = coach.TimeZone;
        var first = Monday(today).AddDays(-7);
        var request = new GroupRunRequest(
            "Dawn run", "Victoria Park, east gate", new Coordinates(51.5362, -0.0410), zone,
            GroupRunSchedule.Dates(first, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], 4), new TimeOnly(6, 30),
            [hurting.Id, missed.Id, onTrack.Id], "Bring reflective bands and a light until the mornings get brighter (sample notes).");
        var gpx = SampleActivity.Gpx(DateTime.SpecifyKind(today.ToDateTime(new TimeOnly(6, 30)), DateTimeKind.Utc), TimeSpan.FromMinutes(22), 51.5362, -0.0410);
        var (route, _) = Harrier.Import.RouteReader.Read("Victoria Park loop.gpx", new MemoryStream(gpx), limits, ct);
        var (runs, _) = await new CoachGroupRuns(db, clock).CreateAsync(coach.Id, request, route, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var run in runs)
        {
            var held = run.StartUtc < now;
            foreach (var invitee in run.Invitees)
            {
                invitee.Answer = invitee.RunnerId == missed.Id ? RsvpAnswer.Maybe : RsvpAnswer.Yes;
                invitee.AnsweredUtc = run.CreatedUtc;
                if (held && run.LocalDate >= today.AddDays(-3))
                {
                    invitee.Attendance = invitee.RunnerId == missed.Id ? Attendance.Absent : Attendance.Done;
                    invitee.AttendanceUtc = run.StartUtc.AddHours(1);
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The coach's comment on the hurting runner's latest run.</summary>
    public async Task CommentAsync(HarrierUser coach, HarrierUser runner, CancellationToken ct)
    {
        var last = db.Runs.Where(r => r.OwnerId == runner.Id).OrderByDescending(r => r.StartUtc).Select(r => r.Id).First();
        await new Comments(db, clock).AddAsync(coach.Id, runner.Id, Data.Coaching.CommentTarget.Run,
            last.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "Good consistency. Your mornings are getting worse though: keep this week easy and tell me how the leg feels (sample comment).", ct);
    }

    private async Task PainAsync(HarrierUser runner, PlannedWorkout[] sessions, DateOnly today, CancellationToken ct)
    {
        // One entry after the first run of each of the last four weeks; the morning after, 1, 2, 3 and 4 out of 10.
        var firsts = sessions.Where(s => s.Date >= Monday(today).AddDays(-21)).GroupBy(s => Monday(s.Date)).Select(g => g.First()).ToArray();
        for (var i = 0; i < firsts.Length; i++)
        {
            var day = firsts[i].Date;
            var spreads = i >= firsts.Length - 2;
            var entry = new PainEntry(day, RightLowerBack)
            {
                Quality = PainQuality.Ache, AfterRun = 2 + i, DuringRun = 1 + i,
                SpreadsTo = spreads ? [new BodySpot(BodyRegion.OuterLowerLeg, BodySide.Right)] : [],
                Notes = spreads ? "A twinge down the outside of the lower right leg after the run (sample data)." : "Right side, low down (sample data).",
            };
            db.PainEntries.Add(PainRecord.From(runner.Id, entry, Utc(runner, day, 19)));
            if (day.AddDays(1) <= today)
            {
                db.CheckIns.Add(new CheckInRecord { OwnerId = runner.Id, Day = day.AddDays(1), Pain = 1 + i, RecordedUtc = Utc(runner, day.AddDays(1), 7) });
            }
        }

        await db.SaveChangesAsync(ct);
        var allNo = new RedFlagAnswers(RedFlagRules.Questions.Where(q => q.AskIf is null).Select(q => KeyValuePair.Create(q.Id, RedFlagAnswer.No)));
        var spreading = db.PainEntries.Where(p => p.OwnerId == runner.Id && p.SpreadsTo != null).OrderBy(p => p.Day).FirstOrDefault();
        await new RedFlagCheck(db, clock).RunAsync(runner.Id, allNo, 24, spreading, today, ct);
    }

    private async Task IntakeAsync(HarrierUser runner, string enteredBy, DateOnly day, ActivityHistory history, CancellationToken ct)
    {
        var parQ = Core.Intake.ParQForm.Shipped.Questions.Select(q => q.Id).Concat(Core.Intake.ParQForm.Shipped.Delay.Select(d => d.Id))
            .ToDictionary(id => id, _ => false);
        var (_, record) = await new RunnerIntake(db, clock).SaveAsync(runner.Id, enteredBy, parQ, history, day, ct);
        record!.TakenUtc = Utc(runner, day, 18);
        await db.SaveChangesAsync(ct);
    }

    private async Task<StoredPlan> PlanAsync(HarrierUser runner, DateOnly start, DayOfWeek[] days, string? setBy, CancellationToken ct) =>
        await new RunnerPlans(db, clock).StartAsync(runner.Id, PlanTemplates.Get("nhs-couch-to-5k").Apply(start, days), ct, setBy);

    private static IEnumerable<PlannedWorkout> PastSessions(TrainingPlan plan, DateOnly today) =>
        plan.Workouts.Where(w => w.Workout.IsRunning && w.Date < today);

    private void Done(StoredPlan stored, DateOnly day) =>
        db.SessionOutcomes.Add(new SessionOutcome { PlanId = stored.Id, OwnerId = stored.OwnerId, Date = day, Result = SessionResult.Done, RecordedUtc = clock.GetUtcNow().UtcDateTime });

    private void AddRun(HarrierUser runner, PlannedWorkout session, Shoe shoe, Surface surface, string? notes)
    {
        var running = session.Workout.RunSeconds;
        var total = session.Workout.Steps.Sum(s => s.Seconds ?? 0);
        var meters = running * 2.6 + (total - running) * 1.5;
        var now = clock.GetUtcNow().UtcDateTime;
        db.Runs.Add(new Run
        {
            OwnerId = runner.Id, StartUtc = Utc(runner, session.Date, 6), TimeZoneId = runner.TimeZoneId, Distance = Distance.FromMeters(Math.Round(meters)),
            Duration = TimeSpan.FromSeconds(Math.Max(60, total)), Effort = new Effort(running > 1200 ? 6 : 4), Surface = surface, Shoe = shoe,
            Source = RunSource.Demo, Notes = notes, CreatedUtc = now, UpdatedUtc = now,
        });
    }

    private Shoe Shoe(HarrierUser runner, string name, double startingKm)
    {
        var shoe = new Shoe { OwnerId = runner.Id, Name = name, StartingDistance = Distance.FromKilometers(startingKm), CreatedUtc = clock.GetUtcNow().UtcDateTime };
        db.Shoes.Add(shoe);
        return shoe;
    }

    private static DateTime Utc(HarrierUser runner, DateOnly day, int hour) => TimeZones.ToUtc(day.ToDateTime(new TimeOnly(hour, 15)), runner.TimeZone);

    private static DateOnly Monday(DateOnly day) => Core.Log.TrainingLog.WeekStart(day, DayOfWeek.Monday);
}
