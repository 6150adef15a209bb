using System.Text.Json;
using Harrier.Core.Screening;
using Harrier.Data.Intake;
using Harrier.Data.Pain;
using Harrier.Data.Remedies;
using Harrier.Data.Screening;
using Harrier.Data.Triage;

namespace Harrier.Data.Ownership;

/// <summary>Adds an export's check-ins, warning-signs checks, questionnaires, triage answers, intakes and experiments for one account.</summary>
internal sealed class HealthRecordsWriter(HarrierDbContext db, string userId)
{
    public void Add(ExportDocument document, Func<int, int> painEntry)
    {
        db.CheckIns.AddRange(document.CheckIns.Select(c => new CheckInRecord
        {
            OwnerId = userId, Day = c.Day, Pain = c.Pain is >= 0 and <= 10 ? c.Pain : throw new ExportProblem("A check-in's pain is not 0–10."),
            SomethingNew = c.SomethingNew, RecordedUtc = c.RecordedUtc,
        }));
        db.Screenings.AddRange(document.RedFlagScreens.Select(s => new ScreeningRecord
        {
            OwnerId = userId, TakenUtc = s.TakenUtc, Day = s.Day, AnswersJson = Json(s.Answers, JsonValueKind.Object, "warning-signs answers"),
            Urgency = UrgencyNames.Parse(s.Urgency).Name() == s.Urgency ? s.Urgency : throw new ExportProblem($"'{s.Urgency}' is not an urgency."),
            Triggered = s.Triggered.Count == 0 ? null : string.Join(',', s.Triggered), PainEntryId = s.PainEntryId is { } id ? painEntry(id) : null,
            Age = s.Age, SuspendedPlan = s.SuspendedPlan, ClearedUtc = s.ClearedUtc,
        }));
        db.QuestionnaireScores.AddRange(document.Questionnaires.Select(q => new QuestionnaireScore
        {
            OwnerId = userId, TakenUtc = q.TakenUtc, AnswersJson = Json(q.Answers, JsonValueKind.Array, "questionnaire answers"), Score = q.Score,
            Subscale = q.Subscale, Band = q.Band,
            Instrument = q.Instrument is QuestionnaireScore.StartBack or QuestionnaireScore.Oswestry ? q.Instrument
                : throw new ExportProblem($"'{q.Instrument}' is not a questionnaire Harrier knows."),
        }));
        db.TriageAnswers.AddRange(document.TriageAnswers.Select(t => new SavedTriageAnswers
        {
            OwnerId = userId, SavedUtc = t.SavedUtc, AnswersJson = Json(t.Answers, JsonValueKind.Object, "triage answers"),
        }));
        db.Intakes.AddRange(document.Intakes.Select(i => new IntakeRecord
        {
            RunnerId = userId, EnteredById = i.EnteredByCoach ? AccountDeletion.FormerCoach : userId, TakenUtc = i.TakenUtc, Day = i.Day,
            ParQJson = Json(i.ParQ, JsonValueKind.Object, "PAR-Q+ answers"), HistoryJson = Json(i.History, JsonValueKind.Object, "activity history"),
            Verdict = i.Verdict, Headline = i.Headline,
        }));
        db.RemedyTrials.AddRange(document.RemedyExperiments.Select(e => new RemedyTrial
        {
            OwnerId = userId, Remedy = e.Remedy, ExerciseId = e.ExerciseId, Start = e.Start, StoppedOn = e.StoppedOn, CreatedUtc = e.CreatedUtc,
            PeriodDays = e.PeriodDays is >= 1 and <= 366 ? e.PeriodDays : throw new ExportProblem("An experiment's period is not 1–366 days."),
            WashoutDays = e.WashoutDays is >= 0 and <= 366 ? e.WashoutDays : throw new ExportProblem("An experiment's washout is not 0–366 days."),
            FirstArms = e.FirstArms.Length > 0 && e.FirstArms.All(c => c is 'R' or 'C') ? e.FirstArms
                : throw new ExportProblem("An experiment's arms are not a string of R and C."),
        }));
    }

    /// <summary>A nested JSON value as the column's compact text, when it is of the kind the column holds.</summary>
    private static string Json(JsonElement value, JsonValueKind kind, string what) =>
        value.ValueKind == kind ? JsonSerializer.Serialize(value) : throw new ExportProblem($"The {what} are not a JSON {kind.ToString().ToLowerInvariant()}.");
}
