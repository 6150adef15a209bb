using Harrier.Core.Daylight;
using Harrier.Core.GroupRuns;
using Harrier.Core.Intake;
using Harrier.Core.Pain;
using Harrier.Core.Plans;
using Harrier.Core.Screening;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.GroupRuns;

public sealed class RunSheetBuilderTests
{
    private static readonly TimeZoneInfo London = TimeZones.Get("Europe/London");
    private static readonly Coordinates Park = new(51.5362, -0.0410);
    private static readonly DateOnly Day = new(2027, 1, 13);
    private static readonly DateTimeOffset Six = new(2027, 1, 13, 6, 0, 0, TimeSpan.Zero);
    private static readonly IntakeStatus Valid = new(true, "Valid until 3 Jan 2028.", new DateOnly(2028, 1, 3));
    private static readonly PlanTemplate CouchTo5K = PlanTemplates.Get("nhs-couch-to-5k");

    /// <summary>The session of a Couch to 5K week's first run.</summary>
    private static Workout Week(int week) => CouchTo5K.Apply(new DateOnly(2027, 1, 4), [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday])
        .Workouts.First(w => w.Week == week).Workout;

    private static RunnerDay Runner(string name, Workout? session, IntakeStatus? intake = null) =>
        new(name, name, HasPlan: true, PlanPaused: false, session, intake ?? Valid);

    [Fact]
    public void Sheet_WalkRunAndContinuous_OwnPartsFinishTimesAndGroupBack()
    {
        var sheet = RunSheetBuilder.Build("Victoria Park", Park, Six, London, [Runner("ana", Week(1)), Runner("ben", Week(7))]);

        Assert.Equal(["ben", "ana"], sheet.Lines.Select(l => l.Name));
        var (ben, ana) = (sheet.Lines[0], sheet.Lines[1]);
        Assert.Equal(("25:00 run", 1500, Six.AddMinutes(30)), (ben.Summary, ben.RunningSeconds, ben.Finish));
        Assert.Equal(("8 × (1:00 run, 1:30 walk)", 480, 1200, Six.AddMinutes(25)), (ana.Summary, ana.RunningSeconds, ana.OwnPartSeconds, ana.Finish));
        Assert.Equal((300, 300), (sheet.WarmUpSeconds, sheet.CoolDownSeconds));
        Assert.Equal(Six.AddMinutes(35), sheet.GroupBack);
        Assert.Contains("talk", ana.Effort, StringComparison.Ordinal);

        // The calendar feed ends its events with the same sum: the coach's at the group's return, each runner's at their own.
        Assert.Equal(sheet.GroupBack, RunSheetBuilder.BackAt(Six, [Week(1), Week(7)]));
        Assert.Equal(ana.Finish!.Value.AddSeconds(sheet.CoolDownSeconds), RunSheetBuilder.BackAt(Six, [Week(1)]));
        Assert.Equal(Six.AddMinutes(10), RunSheetBuilder.BackAt(Six, []));
    }

    [Fact]
    public void Readiness_WarningSignPausedOrSuspendedNeverGetsASession_PainAndSpikesGoEasy()
    {
        var fever = RedFlagRules.All.First(r => r.Id == "fever");
        var open = new PastScreen(Six.UtcDateTime, Day, Urgency.Today, [fever], Cleared: false);
        var basis = DecisionBasis.PainMonitoringModel;
        var reduce = new PainDecision(PainAction.Reduce, "Pain was 6/10 during the last run.", basis, "during-above-5");
        var runners = new[]
        {
            Runner("flag", Week(3)) with { OpenWarningSign = open },
            Runner("cleared", Week(3)) with { OpenWarningSign = open with { Cleared = true } },
            Runner("paused", Week(3)) with { PlanPaused = true },
            Runner("sore", Week(3)) with { Decision = reduce, MorningPain = 3 },
            Runner("spike", Week(3)) with { RecentSpike = true },
            Runner("rest", null),
            new RunnerDay("none", "none", false, false, null, Valid),
        };

        var sheet = RunSheetBuilder.Build("Victoria Park", Park, Six, London, runners);
        var lines = sheet.Lines.ToDictionary(l => l.Name);

        Assert.Equal(Readiness.NotToday, lines["flag"].Readiness);
        Assert.Null(lines["flag"].Finish);
        Assert.Contains(lines["flag"].Notes, n => n.Contains("fever", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(Readiness.Ready, lines["cleared"].Readiness);
        Assert.Equal(Readiness.NotToday, lines["paused"].Readiness);
        Assert.Equal(Readiness.GoEasy, lines["sore"].Readiness);
        Assert.Equal(["Go easy: make the next session easier. Pain was 6/10 during the last run.", "This morning: pain 3/10."], lines["sore"].Notes);
        Assert.Equal(Readiness.GoEasy, lines["spike"].Readiness);
        Assert.Equal((Readiness.RestDay, "Rest day"), (lines["rest"].Readiness, lines["rest"].Title));
        Assert.Equal(Readiness.NoSession, lines["none"].Readiness);
        Assert.Equal(["cleared", "sore", "spike", "flag", "paused", "rest", "none"], sheet.Lines.Select(l => l.Name));
    }

    [Fact]
    public void Notes_WithoutHealthSharing_SayNotTodayButNotWhy_IntakeDueNamed()
    {
        var fever = RedFlagRules.All.First(r => r.Id == "fever");
        var open = new PastScreen(Six.UtcDateTime, Day, Urgency.Today, [fever], Cleared: false);
        var due = new IntakeStatus(false, "No intake yet: the health and activity questions before the first run.", null);
        var sheet = RunSheetBuilder.Build("Park", Park, Six, London,
            [Runner("private", Week(2)) with { OpenWarningSign = open, HealthShared = false }, Runner("new", Week(1), due)]);

        var hidden = sheet.Lines.Single(l => l.Name == "private");
        Assert.Equal(Readiness.NotToday, hidden.Readiness);
        Assert.DoesNotContain(hidden.Notes, n => n.Contains("fever", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(sheet.Lines.Single(l => l.Name == "new").Notes, n => n.StartsWith("Intake: No intake yet", StringComparison.Ordinal));
    }

    [Fact]
    public void Light_DarkAtDawnInWinter_AdviceGiven_DaylightInSummerNoAdvice()
    {
        var winter = RunSheetBuilder.Build("Park", Park, Six, London, [Runner("ana", Week(1))]);
        Assert.StartsWith("Starts in the dark, 1 h", winter.LightLine, StringComparison.Ordinal);
        Assert.Contains("before civil dawn", winter.LightLine, StringComparison.Ordinal);
        Assert.NotNull(winter.Advice);

        var summer = RunSheetBuilder.Build("Park", Park, new DateTimeOffset(2027, 6, 21, 6, 0, 0, TimeSpan.FromHours(1)), London, [Runner("ana", Week(1))]);
        Assert.Equal("Starts in daylight", summer.LightLine);
        Assert.Null(summer.Advice);
    }

    [Fact]
    public void Light_DaylightAtTheStartButDarkByTheFinish_StillAdvised()
    {
        // Sunset in London on 13 January is about 16:22 and civil dusk about 17:00: a 16:30 start finishes in the dark.
        var sheet = RunSheetBuilder.Build("Park", Park, new DateTimeOffset(2027, 1, 13, 16, 30, 0, TimeSpan.Zero), London, [Runner("ben", Week(9))]);
        Assert.Contains("dark by the finish", sheet.LightLine, StringComparison.Ordinal);
        Assert.NotNull(sheet.Advice);
    }

    [Fact]
    public void Session_ByDistanceWithAPace_TakesItsTimeFromThePace()
    {
        var pace = Pace.Of(Distance.FromKilometers(1), TimeSpan.FromMinutes(6));
        var session = new Workout(WorkoutKind.Run, "Easy 5 km", "Run 5 km easy.",
            [WorkoutStep.ForTime(StepKind.WarmUp, TimeSpan.FromMinutes(10)), WorkoutStep.ForDistance(StepKind.Run, Distance.FromKilometers(5))],
            new WorkoutTarget(null, Distance.FromKilometers(5), null, pace, "Easy: 6:00 per km"));

        var sheet = RunSheetBuilder.Build("Park", Park, Six, London, [Runner("cara", session), Runner("ana", Week(1))]);

        var cara = sheet.Lines.Single(l => l.Name == "cara");
        Assert.Equal(("5.00 km run", 1800), (cara.Summary, cara.OwnPartSeconds));
        Assert.Equal(600, sheet.WarmUpSeconds);
        Assert.Equal(Six.AddMinutes(40), cara.Finish);
        Assert.Equal(Six.AddMinutes(45), sheet.GroupBack);
    }
}
