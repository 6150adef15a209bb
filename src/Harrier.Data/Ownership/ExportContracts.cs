using System.Text.Json;
using Harrier.Core.Activities;
using Harrier.Core.Coaching;
using Harrier.Core.Load;
using Harrier.Core.Pain;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data.Coaching;
using Harrier.Data.GroupRuns;
using Harrier.Data.Plans;

namespace Harrier.Data.Ownership;

// The shape of account.json in an account export (docs/EXPORT.md). Ids are the exporting server's; references between
// sections use them, and an import gives everything new ids. Names carry their unit; enums are kebab-case names.

/// <summary>The whole document: the format's name and version, then one list per kind of record.</summary>
public sealed record ExportDocument(
    string Format,
    int Version,
    DateTime ExportedUtc,
    ExportedAccount Account,
    IReadOnlyList<ExportedShoe> Shoes,
    IReadOnlyList<ExportedRun> Runs,
    IReadOnlyList<ExportedCrossTraining> CrossTraining,
    IReadOnlyList<ExportedPlan> Plans,
    IReadOnlyList<ExportedPainEntry> PainEntries,
    IReadOnlyList<ExportedCheckIn> CheckIns,
    IReadOnlyList<ExportedScreen> RedFlagScreens,
    IReadOnlyList<ExportedQuestionnaire> Questionnaires,
    IReadOnlyList<ExportedTriageAnswers> TriageAnswers,
    IReadOnlyList<ExportedIntake> Intakes,
    IReadOnlyList<ExportedExperiment> RemedyExperiments,
    ExportedCoaching Coaching)
{
    /// <summary>The value of <see cref="Format"/> in every Harrier account export.</summary>
    public const string FormatName = "harrier-account-export";

    /// <summary>The version this server writes and reads; raised when the shape changes incompatibly.</summary>
    public const int CurrentVersion = 1;
}

/// <summary>The profile and settings. <paramref name="Id"/> is the exporting server's account id, for reference only.</summary>
public sealed record ExportedAccount(
    string Id, string Email, string DisplayName, DistanceUnit DistanceUnit, string TimeZone, DateTime CreatedUtc, int? MaxHeartRate,
    int? RestingHeartRate, Sex? Sex, IReadOnlyList<string> Roles);

public sealed record ExportedShoe(int Id, string Name, double StartingDistanceMeters, DateOnly? RetiredOn, DateTime CreatedUtc);

/// <summary>A run as logged; <paramref name="Recording"/> only for a run imported from a file.</summary>
public sealed record ExportedRun(
    int Id, DateTime StartUtc, string TimeZone, double DistanceMeters, double DurationSeconds, int? Rpe, Surface Surface, int? ShoeId,
    string? Name, string? Notes, RunSource Source, double? HeartRateLoadTrimp, DateTime CreatedUtc, DateTime UpdatedUtc,
    ExportedRecording? Recording);

/// <summary>
/// What a file gave a run: its metrics as stored, its samples (<paramref name="StreamsPath"/>, Harrier's stream encoding) and
/// the original file exactly as uploaded (<paramref name="OriginalPath"/>, whose SHA-256 is <paramref name="OriginalSha256"/>).
/// <paramref name="Sha256"/> is the recording's own key for recognising the file again.
/// </summary>
public sealed record ExportedRecording(
    string FileName, ActivityFormat Format, ActivitySport Sport, string Sha256, long OriginalBytes, int SampleCount, string? Creator,
    string? Issues, DateTime ImportedUtc, ExportedMetrics Metrics, string StreamsPath, string OriginalPath, string OriginalSha256);

/// <summary>A recording's stored metrics; splits are <c>[metres, moving seconds]</c> pairs.</summary>
public sealed record ExportedMetrics(
    int Version, double ElapsedSeconds, double MovingSeconds, double AscentMeters, double DescentMeters, double ClimbPerKilometer,
    double? AverageHeartRate, double? MaxHeartRate, double? CadenceStepsPerMinute, double? MaxCadenceStepsPerMinute,
    double? GradeAdjustedSecondsPerKilometer, double? Best1KilometerSeconds, double? Best5KilometersSeconds, double? Best10KilometersSeconds,
    IReadOnlyList<double[]> KilometerSplits, IReadOnlyList<double[]> MileSplits, ExportedHeartRate HeartRate);

/// <summary>Seconds spent at each heart rate, from <paramref name="FromBeatsPerMinute"/> up by one beat per entry.</summary>
public sealed record ExportedHeartRate(int FromBeatsPerMinute, IReadOnlyList<double> Seconds);

public sealed record ExportedCrossTraining(
    DateTime StartUtc, string TimeZone, ActivitySport Sport, double DurationSeconds, double DistanceMeters, string? Name, double? AverageHeartRate,
    string FileName, string Sha256, DateTime CreatedUtc);

/// <summary>A plan: its document (sessions, times and the history of every change) and the runner's answer for each day.</summary>
public sealed record ExportedPlan(
    int Id, string Name, bool IsActive, bool SetByCoach, DateTime CreatedUtc, DateTime UpdatedUtc, JsonElement Document,
    IReadOnlyList<ExportedOutcome> Outcomes);

public sealed record ExportedOutcome(DateOnly Date, SessionResult Result, int? PainDuringRun, int? RunId, int? SecondsDone, DateTime RecordedUtc);

public sealed record ExportedPainEntry(
    int Id, DateOnly Day, BodyRegion Region, BodySide Side, IReadOnlyList<ExportedSpot> SpreadsTo, PainQuality Quality, int? DuringRun,
    int? AfterRun, int? NextMorning, int? StiffnessMinutes, int? RunId, string? Notes, DateTime CreatedUtc);

public sealed record ExportedSpot(BodyRegion Region, BodySide Side);

public sealed record ExportedCheckIn(DateOnly Day, int Pain, bool SomethingNew, DateTime RecordedUtc);

/// <summary>A warning-signs check: the answers, the rules that fired (ids, most urgent first) and the urgency shown.</summary>
public sealed record ExportedScreen(
    DateTime TakenUtc, DateOnly Day, JsonElement Answers, string Urgency, IReadOnlyList<string> Triggered, int? PainEntryId, int? Age,
    bool SuspendedPlan, DateTime? ClearedUtc);

public sealed record ExportedQuestionnaire(string Instrument, DateTime TakenUtc, JsonElement Answers, double Score, double? Subscale, string Band);

public sealed record ExportedTriageAnswers(DateTime SavedUtc, JsonElement Answers);

public sealed record ExportedIntake(
    DateTime TakenUtc, DateOnly Day, JsonElement ParQ, JsonElement History, string Verdict, string Headline, bool EnteredByCoach);

/// <summary>An n-of-1 experiment: <paramref name="FirstArms"/> has one letter per pair, R (remedy first) or C (control first).</summary>
public sealed record ExportedExperiment(
    string Remedy, string? ExerciseId, DateOnly Start, int PeriodDays, int WashoutDays, string FirstArms, DateTime CreatedUtc, DateOnly? StoppedOn);

/// <summary>
/// The account's ties to other people on the exporting server, for the record: an import does not recreate them, because
/// the other person is not on the new server and has not agreed there.
/// </summary>
public sealed record ExportedCoaching(
    IReadOnlyList<ExportedLink> Links, IReadOnlyList<ExportedHealthView> HealthViews, IReadOnlyList<ExportedComment> Comments,
    IReadOnlyList<ExportedGroupRunAnswer> GroupRuns, IReadOnlyList<ExportedGroupRun> OrganisedGroupRuns);

/// <summary>A coaching link: <paramref name="Role"/> is "coach" when the other person coached this account, "client" when this account coached them.</summary>
public sealed record ExportedLink(
    string Role, string OtherName, SharingScope Scope, DateTime CreatedUtc, DateTime UpdatedUtc, DateTime? EndedUtc, bool EndedByMe);

public sealed record ExportedHealthView(string CoachName, HealthRecord Record, string Channel, DateTime AtUtc);

/// <summary>
/// A comment on this account's runs, pain entries or sessions (<paramref name="OnMyData"/>), or one this account wrote on a
/// client's. <paramref name="TargetKey"/> is the run's or entry's export id, or the session's date.
/// </summary>
public sealed record ExportedComment(
    bool OnMyData, bool WrittenByMe, string Author, CommentTarget Target, string TargetKey, string Text, DateTime CreatedUtc);

/// <summary>A group run this account was invited to, with its answer and what the coach marked.</summary>
public sealed record ExportedGroupRunAnswer(
    string Title, string CoachName, string Place, DateOnly LocalDate, TimeOnly LocalTime, RsvpAnswer Answer, DateTime? AnsweredUtc,
    Attendance? Attendance, int? Pain, bool Cancelled, bool Removed);

/// <summary>A group run this account organised as a coach, with how many were invited.</summary>
public sealed record ExportedGroupRun(
    string Title, string Place, double Latitude, double Longitude, string TimeZone, DateOnly LocalDate, TimeOnly LocalTime, string? Notes,
    DateTime? CancelledUtc, int Invited);
