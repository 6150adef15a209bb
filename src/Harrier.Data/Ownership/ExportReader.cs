using System.Text.Json;
using Harrier.Core.Activities;
using Harrier.Data.Pain;
using Harrier.Data.Plans;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Ownership;

/// <summary>Reads one account's records into an <see cref="ExportDocument"/>, every list in id order.</summary>
internal sealed class ExportReader(HarrierDbContext db)
{
    public async Task<ExportDocument> ReadAsync(
        string userId, IReadOnlyDictionary<int, RecordingFiles> files, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var roles = await db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .OrderBy(n => n).ToListAsync(cancellationToken);
        var account = new ExportedAccount(user.Id, user.Email ?? "", user.DisplayName, user.DistanceUnit, user.TimeZoneId, user.CreatedUtc,
            user.MaxHeartRate, user.RestingHeartRate, user.Sex, roles);
        var shoes = await db.Shoes.AsNoTracking().Where(s => s.OwnerId == userId).OrderBy(s => s.Id)
            .Select(s => new ExportedShoe(s.Id, s.Name, s.StartingDistance.Meters, s.RetiredOn, s.CreatedUtc)).ToListAsync(cancellationToken);
        var crossTraining = (await db.CrossTraining.AsNoTracking().Where(c => c.OwnerId == userId).OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .Select(c => new ExportedCrossTraining(c.StartUtc, c.TimeZoneId, c.Sport, c.Duration.TotalSeconds, c.Distance.Meters, c.Name,
                c.AverageHeartRate, c.FileName, c.Sha256.Trim(), c.CreatedUtc)).ToList();
        return new ExportDocument(ExportDocument.FormatName, ExportDocument.CurrentVersion, nowUtc, account, shoes,
            await RunsAsync(userId, files, cancellationToken), crossTraining, await PlansAsync(userId, cancellationToken),
            await PainAsync(userId, cancellationToken), await CheckInsAsync(userId, cancellationToken), await ScreensAsync(userId, cancellationToken),
            await QuestionnairesAsync(userId, cancellationToken), await TriageAsync(userId, cancellationToken), await IntakesAsync(userId, cancellationToken),
            await ExperimentsAsync(userId, cancellationToken), await new ExportCoachingReader(db).ReadAsync(userId, cancellationToken));
    }

    private async Task<List<ExportedRun>> RunsAsync(string userId, IReadOnlyDictionary<int, RecordingFiles> files, CancellationToken cancellationToken)
    {
        var runs = await db.Runs.AsNoTracking().Where(r => r.OwnerId == userId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var recordings = await db.RunRecordings.AsNoTracking().Where(r => r.OwnerId == userId)
            .Select(r => new RecordingRow(r.RunId, r.FileName, r.Format, r.Sport, r.Sha256, r.OriginalBytes, r.SampleCount, r.Creator, r.Issues,
                r.ImportedUtc, r.Metrics))
            .ToDictionaryAsync(r => r.RunId, cancellationToken);
        return [.. runs.Select(r => new ExportedRun(r.Id, r.StartUtc, r.TimeZoneId, r.Distance.Meters, r.Duration.TotalSeconds, r.Effort?.Value, r.Surface,
            r.ShoeId, r.Name, r.Notes, r.Source, r.HeartRateLoad, r.CreatedUtc, r.UpdatedUtc,
            recordings.TryGetValue(r.Id, out var rec) && files.TryGetValue(r.Id, out var file) ? Recording(rec, file) : null))];
    }

    private static ExportedRecording Recording(RecordingRow r, RecordingFiles files) => new(
        r.FileName, r.Format, r.Sport, r.Sha256.Trim(), r.OriginalBytes, r.SampleCount, r.Creator, r.Issues, r.ImportedUtc, Metrics(r.Metrics),
        files.StreamsPath, files.OriginalPath, files.OriginalSha256);

    private static ExportedMetrics Metrics(RunMetrics m) => new(
        m.Version, m.ElapsedTime.TotalSeconds, m.MovingTime.TotalSeconds, m.AscentMeters, m.DescentMeters, m.ClimbPerKilometer, m.AverageHeartRate,
        m.MaxHeartRate, m.Cadence, m.MaxCadence, m.GradeAdjustedPace?.SecondsPerKilometer, m.Best1Kilometer?.TotalSeconds,
        m.Best5Kilometers?.TotalSeconds, m.Best10Kilometers?.TotalSeconds, Splits(m.KilometerSplits), Splits(m.MileSplits),
        new ExportedHeartRate(m.HeartRate.FirstBeatsPerMinute, m.HeartRate.Seconds));

    private static double[][] Splits(IReadOnlyList<Split> splits) => [.. splits.Select(s => new[] { s.Distance.Meters, s.MovingTime.TotalSeconds })];

    private async Task<List<ExportedPlan>> PlansAsync(string userId, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => p.OwnerId == userId).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var outcomes = (await db.SessionOutcomes.AsNoTracking().Where(o => o.OwnerId == userId).OrderBy(o => o.Id).ToListAsync(cancellationToken))
            .ToLookup(o => o.PlanId);
        return [.. plans.Select(p => new ExportedPlan(p.Id, p.Name, p.IsActive, p.SetById is not null && p.SetById != userId, p.CreatedUtc, p.UpdatedUtc,
            Json(p.Document), [.. outcomes[p.Id].Select(Outcome)]))];
    }

    private static ExportedOutcome Outcome(SessionOutcome o) => new(o.Date, o.Result, o.PainDuringRun, o.RunId, o.SecondsDone, o.RecordedUtc);

    private async Task<List<ExportedPainEntry>> PainAsync(string userId, CancellationToken cancellationToken) =>
        [.. (await db.PainEntries.AsNoTracking().Where(p => p.OwnerId == userId).OrderBy(p => p.Id).ToListAsync(cancellationToken)).Select(Pain)];

    private static ExportedPainEntry Pain(PainRecord p)
    {
        var entry = p.ToEntry();
        return new ExportedPainEntry(p.Id, p.Day, p.Region, p.Side, [.. entry.SpreadsTo.Select(s => new ExportedSpot(s.Region, s.Side))], p.Quality,
            p.DuringRun, p.AfterRun, p.NextMorning, p.StiffnessMinutes, p.RunId, p.Notes, p.CreatedUtc);
    }

    private async Task<List<ExportedCheckIn>> CheckInsAsync(string userId, CancellationToken cancellationToken) =>
        await db.CheckIns.AsNoTracking().Where(c => c.OwnerId == userId).OrderBy(c => c.Id)
            .Select(c => new ExportedCheckIn(c.Day, c.Pain, c.SomethingNew, c.RecordedUtc)).ToListAsync(cancellationToken);

    private async Task<List<ExportedScreen>> ScreensAsync(string userId, CancellationToken cancellationToken) =>
        [.. (await db.Screenings.AsNoTracking().Where(s => s.OwnerId == userId).OrderBy(s => s.Id).ToListAsync(cancellationToken))
            .Select(s => new ExportedScreen(s.TakenUtc, s.Day, Json(s.AnswersJson), s.Urgency,
                s.Triggered?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [], s.PainEntryId, s.Age, s.SuspendedPlan, s.ClearedUtc))];

    private async Task<List<ExportedQuestionnaire>> QuestionnairesAsync(string userId, CancellationToken cancellationToken) =>
        [.. (await db.QuestionnaireScores.AsNoTracking().Where(s => s.OwnerId == userId).OrderBy(s => s.Id).ToListAsync(cancellationToken))
            .Select(s => new ExportedQuestionnaire(s.Instrument, s.TakenUtc, Json(s.AnswersJson), s.Score, s.Subscale, s.Band))];

    private async Task<List<ExportedTriageAnswers>> TriageAsync(string userId, CancellationToken cancellationToken) =>
        [.. (await db.TriageAnswers.AsNoTracking().Where(t => t.OwnerId == userId).OrderBy(t => t.Id).ToListAsync(cancellationToken))
            .Select(t => new ExportedTriageAnswers(t.SavedUtc, Json(t.AnswersJson)))];

    private async Task<List<ExportedIntake>> IntakesAsync(string userId, CancellationToken cancellationToken) =>
        [.. (await db.Intakes.AsNoTracking().Where(i => i.RunnerId == userId).OrderBy(i => i.Id).ToListAsync(cancellationToken))
            .Select(i => new ExportedIntake(i.TakenUtc, i.Day, Json(i.ParQJson), Json(i.HistoryJson), i.Verdict, i.Headline, i.EnteredById != userId))];

    private async Task<List<ExportedExperiment>> ExperimentsAsync(string userId, CancellationToken cancellationToken) =>
        await db.RemedyTrials.AsNoTracking().Where(t => t.OwnerId == userId).OrderBy(t => t.Id)
            .Select(t => new ExportedExperiment(t.Remedy, t.ExerciseId, t.Start, t.PeriodDays, t.WashoutDays, t.FirstArms, t.CreatedUtc, t.StoppedOn))
            .ToListAsync(cancellationToken);

    /// <summary>A JSON column as a nested JSON value (an empty column as null).</summary>
    private static JsonElement Json(string? text) =>
        JsonSerializer.Deserialize<JsonElement>(string.IsNullOrWhiteSpace(text) ? "null" : text);

    private sealed record RecordingRow(
        int RunId, string FileName, ActivityFormat Format, ActivitySport Sport, string Sha256, long OriginalBytes, int SampleCount, string? Creator,
        string? Issues, DateTime ImportedUtc, RunMetrics Metrics);
}
