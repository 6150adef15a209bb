using System.Security.Cryptography;
using Harrier.Core;
using Harrier.Core.Activities;
using Harrier.Core.Load;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data.Import;
using Harrier.Data.Pain;
using Harrier.Data.Plans;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Ownership;

/// <summary>
/// Stores an export's records for one account inside the caller's transaction, in the export's order, giving each a new id and
/// remapping references (a run's shoes, a pain entry's run, a screen's pain entry, an outcome's plan and run) through the old ids.
/// Runs are saved in batches and then forgotten, so memory holds one batch of original files at a time.
/// </summary>
internal sealed class ImportWriter(HarrierDbContext db, ExportPackage package, string userId)
{
    private const int RunBatch = 50;

    private readonly Dictionary<int, int> _shoes = [];
    private readonly Dictionary<int, int> _runs = [];
    private readonly Dictionary<int, int> _painEntries = [];
    private int _recordings;

    public async Task<AccountImportCounts> WriteAsync(ExportDocument document, CancellationToken cancellationToken)
    {
        await ProfileAsync(document.Account, cancellationToken);
        await ShoesAsync(document.Shoes, cancellationToken);
        foreach (var batch in document.Runs.Chunk(RunBatch))
        {
            await RunsAsync(batch, cancellationToken);
        }

        db.CrossTraining.AddRange(document.CrossTraining.Select(CrossTraining));
        await PainAsync(document.PainEntries, cancellationToken);
        var outcomes = await PlansAsync(document.Plans, cancellationToken);
        new HealthRecordsWriter(db, userId).Add(document, Find(_painEntries, "pain entry"));
        await SaveAsync(cancellationToken);
        return new AccountImportCounts(_shoes.Count, _runs.Count, _recordings, document.CrossTraining.Count, document.Plans.Count, outcomes,
            _painEntries.Count, document.CheckIns.Count, document.RedFlagScreens.Count, document.Questionnaires.Count, document.TriageAnswers.Count,
            document.Intakes.Count, document.RemedyExperiments.Count);
    }

    private async Task ProfileAsync(ExportedAccount account, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        user.DisplayName = string.IsNullOrWhiteSpace(account.DisplayName) ? user.DisplayName : account.DisplayName.Trim();
        user.DistanceUnit = Enum.IsDefined(account.DistanceUnit) ? account.DistanceUnit : throw new ExportProblem("The account's distance unit is unknown.");
        user.TimeZoneId = TimeZones.Find(account.TimeZone)?.Id ?? throw new ExportProblem($"The account's time zone '{account.TimeZone}' is unknown.");
        if (HeartRateProfile.Problems(account.MaxHeartRate, account.RestingHeartRate) is [var problem, ..])
        {
            throw new ExportProblem($"The account's heart rates are not usable: {problem.Message}");
        }

        (user.MaxHeartRate, user.RestingHeartRate, user.Sex) = (account.MaxHeartRate, account.RestingHeartRate, account.Sex);
        if (account.Roles.Contains(Roles.Coach) && !await Roles.IsCoachAsync(db, userId, cancellationToken))
        {
            var normalized = Roles.Coach.ToUpperInvariant();
            var role = await db.Roles.FirstOrDefaultAsync(r => r.NormalizedName == normalized, cancellationToken);
            if (role is null)
            {
                role = new Microsoft.AspNetCore.Identity.IdentityRole(Roles.Coach) { NormalizedName = normalized };
                db.Roles.Add(role);
            }

            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = userId, RoleId = role.Id });
        }

        await SaveAsync(cancellationToken);
    }

    private async Task ShoesAsync(IReadOnlyList<ExportedShoe> shoes, CancellationToken cancellationToken)
    {
        var added = shoes.Select(s => (s.Id, Shoe: new Shoe
        {
            OwnerId = userId, Name = s.Name, StartingDistance = Distance.FromMeters(s.StartingDistanceMeters), RetiredOn = s.RetiredOn, CreatedUtc = s.CreatedUtc,
        })).ToList();
        db.Shoes.AddRange(added.Select(a => a.Shoe));
        await SaveAsync(cancellationToken);
        foreach (var (oldId, shoe) in added)
        {
            Remember(_shoes, oldId, shoe.Id, "shoe");
        }
    }

    private async Task RunsAsync(ExportedRun[] runs, CancellationToken cancellationToken)
    {
        var added = new List<(int OldId, Run Run)>();
        foreach (var r in runs)
        {
            var run = new Run
            {
                OwnerId = userId, StartUtc = r.StartUtc, TimeZoneId = r.TimeZone, Distance = Distance.FromMeters(r.DistanceMeters),
                Duration = TimeSpan.FromSeconds(r.DurationSeconds), Effort = r.Rpe is { } rpe ? new Effort(rpe) : null, Surface = r.Surface,
                ShoeId = r.ShoeId is { } shoe ? Find(_shoes, "shoe")(shoe) : null, Name = r.Name, Notes = r.Notes, Source = r.Source,
                HeartRateLoad = r.HeartRateLoadTrimp, CreatedUtc = r.CreatedUtc, UpdatedUtc = r.UpdatedUtc,
            };
            if (r.Recording is { } recording)
            {
                run.Recording = await RecordingAsync(recording, cancellationToken);
                _recordings++;
            }

            db.Runs.Add(run);
            added.Add((r.Id, run));
        }

        await SaveAsync(cancellationToken);
        foreach (var (oldId, run) in added)
        {
            Remember(_runs, oldId, run.Id, "run");
        }

        db.ChangeTracker.Clear();
    }

    private async Task<RunRecording> RecordingAsync(ExportedRecording r, CancellationToken cancellationToken)
    {
        var limits = package.Limits;
        if (r.SampleCount < 0 || r.SampleCount > limits.MaxFileBytes / 8)
        {
            throw new ExportProblem(FormattableString.Invariant(
                $"The recording of {r.FileName} claims {r.SampleCount:N0} samples, more than a file within the limits holds."));
        }

        var streams = await package.ReadAsync(r.StreamsPath, limits.MaxFileBytes, cancellationToken);
        RecordingStreams.Check(streams, r.SampleCount, r.StreamsPath);
        var original = await package.ReadAsync(r.OriginalPath, limits.MaxFileBytes, cancellationToken);
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(original)), r.OriginalSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ExportProblem($"{r.OriginalPath} does not match its SHA-256 in account.json: the file is damaged.");
        }

        return new RunRecording
        {
            OwnerId = userId, FileName = r.FileName, Format = r.Format, Sport = r.Sport, Sha256 = r.Sha256, OriginalBytes = r.OriginalBytes,
            Streams = streams, SampleCount = r.SampleCount, Creator = r.Creator, Metrics = Metrics(r.Metrics), Issues = r.Issues, ImportedUtc = r.ImportedUtc,
            Original = new RunOriginal { Stored = OriginalFile.Store(r.FileName, original) },
        };
    }

    private static RunMetrics Metrics(ExportedMetrics m) => new()
    {
        Version = m.Version, ElapsedTime = TimeSpan.FromSeconds(m.ElapsedSeconds), MovingTime = TimeSpan.FromSeconds(m.MovingSeconds),
        AscentMeters = m.AscentMeters, DescentMeters = m.DescentMeters, ClimbPerKilometer = m.ClimbPerKilometer, AverageHeartRate = m.AverageHeartRate,
        MaxHeartRate = m.MaxHeartRate, Cadence = m.CadenceStepsPerMinute, MaxCadence = m.MaxCadenceStepsPerMinute,
        GradeAdjustedPace = m.GradeAdjustedSecondsPerKilometer is { } pace ? Pace.FromSecondsPerKilometer(pace) : null,
        Best1Kilometer = Seconds(m.Best1KilometerSeconds), Best5Kilometers = Seconds(m.Best5KilometersSeconds),
        Best10Kilometers = Seconds(m.Best10KilometersSeconds), KilometerSplits = Splits(m.KilometerSplits), MileSplits = Splits(m.MileSplits),
        HeartRate = m.HeartRate.Seconds.Count == 0 ? HeartRateHistogram.Empty : new HeartRateHistogram(m.HeartRate.FromBeatsPerMinute, [.. m.HeartRate.Seconds]),
    };

    private static TimeSpan? Seconds(double? seconds) => seconds is { } s ? TimeSpan.FromSeconds(s) : null;

    private static Split[] Splits(IReadOnlyList<double[]> pairs) =>
        [.. pairs.Select((p, i) => p.Length == 2 ? new Split(i + 1, Distance.FromMeters(p[0]), TimeSpan.FromSeconds(p[1]))
            : throw new ExportProblem("A split is not a [metres, seconds] pair."))];

    private CrossTraining CrossTraining(ExportedCrossTraining c) => new()
    {
        OwnerId = userId, StartUtc = c.StartUtc, TimeZoneId = c.TimeZone, Sport = c.Sport, Duration = TimeSpan.FromSeconds(c.DurationSeconds),
        Distance = Distance.FromMeters(c.DistanceMeters), Name = c.Name, AverageHeartRate = c.AverageHeartRate, FileName = c.FileName, Sha256 = c.Sha256,
        CreatedUtc = c.CreatedUtc,
    };

    private async Task PainAsync(IReadOnlyList<ExportedPainEntry> entries, CancellationToken cancellationToken)
    {
        var run = Find(_runs, "run");
        var added = entries.Select(p => (p.Id, Record: new PainRecord
        {
            OwnerId = userId, Day = p.Day, Region = p.Region, Side = p.Side, Quality = p.Quality, DuringRun = p.DuringRun, AfterRun = p.AfterRun,
            SpreadsTo = p.SpreadsTo.Count == 0 ? null : string.Join(';', p.SpreadsTo.Select(s => $"{s.Region}:{s.Side}")),
            NextMorning = p.NextMorning, StiffnessMinutes = p.StiffnessMinutes, RunId = p.RunId is { } id ? run(id) : null, Notes = p.Notes,
            CreatedUtc = p.CreatedUtc,
        })).ToList();
        db.PainEntries.AddRange(added.Select(a => a.Record));
        await SaveAsync(cancellationToken);
        foreach (var (oldId, record) in added)
        {
            Remember(_painEntries, oldId, record.Id, "pain entry");
        }
    }

    /// <summary>Stores the plans (at most one active), then each plan's outcomes under its new id; returns how many outcomes.</summary>
    private async Task<int> PlansAsync(IReadOnlyList<ExportedPlan> plans, CancellationToken cancellationToken)
    {
        if (plans.Count(p => p.IsActive) > 1)
        {
            throw new ExportProblem("The export has more than one active plan.");
        }

        var added = plans.Select(p => (Plan: p, Stored: new StoredPlan
        {
            OwnerId = userId, Name = p.Name, IsActive = p.IsActive, SetById = p.SetByCoach ? AccountDeletion.FormerCoach : null,
            Document = PlanDocument(p), CreatedUtc = p.CreatedUtc, UpdatedUtc = p.UpdatedUtc,
        })).ToList();
        db.Plans.AddRange(added.Select(a => a.Stored));
        await SaveAsync(cancellationToken);
        var run = Find(_runs, "run");
        var outcomes = added.SelectMany(a => a.Plan.Outcomes.Select(o => new SessionOutcome
        {
            PlanId = a.Stored.Id, OwnerId = userId, Date = o.Date, Result = o.Result, PainDuringRun = o.PainDuringRun,
            RunId = o.RunId is { } id ? run(id) : null, SecondsDone = o.SecondsDone, RecordedUtc = o.RecordedUtc,
        })).ToList();
        db.SessionOutcomes.AddRange(outcomes);
        return outcomes.Count;
    }

    /// <summary>The plan's document as stored, once it reads as a plan (a damaged one is refused, not stored).</summary>
    private static string PlanDocument(ExportedPlan plan)
    {
        var text = System.Text.Json.JsonSerializer.Serialize(plan.Document);
        _ = PlanJson.Read(text);
        return text;
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        ColumnLimits.Check(db);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Remember(Dictionary<int, int> ids, int oldId, int newId, string what)
    {
        if (!ids.TryAdd(oldId, newId))
        {
            throw new ExportProblem($"The export has two records with {what} id {oldId}.");
        }
    }

    /// <summary>Maps an old id to the new one; an id the export does not hold is refused.</summary>
    private static Func<int, int> Find(Dictionary<int, int> ids, string what) => oldId =>
        ids.TryGetValue(oldId, out var id) ? id : throw new ExportProblem($"The export refers to {what} {oldId}, which it does not contain.");
}
