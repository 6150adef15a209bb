using System.Text.Json;
using System.Text.Json.Serialization;
using Harrier.Core.Intake;
using Harrier.Core.Screening;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Intake;

/// <summary>
/// A runner's intake (PAR-Q+ and activity history) with its history: taken by the runner, or by a coach with them; valid 12 months
/// and due again after a warning sign. The same for the web, the API and the CLI.
/// </summary>
public sealed class RunnerIntake(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>The JSON settings the stored answers use (camelCase, kebab-case enums).</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    /// <summary>Assesses and keeps an intake; an unfinished one is assessed but not kept.</summary>
    /// <exception cref="ArgumentException">A PAR-Q+ answer refers to an id the form does not have, or the history has
    /// <see cref="ActivityHistory.Problems"/> (callers show those to the runner first).</exception>
    public async Task<(IntakeOutcome Outcome, IntakeRecord? Record)> SaveAsync(
        string runnerId, string enteredById, IReadOnlyDictionary<string, bool> parQ, ActivityHistory history, DateOnly today,
        CancellationToken cancellationToken)
    {
        var outcome = IntakeAssessment.Assess(parQ, history);
        if (outcome.Verdict == IntakeVerdict.Incomplete)
        {
            return (outcome, null);
        }

        var record = new IntakeRecord
        {
            RunnerId = runnerId, EnteredById = enteredById, TakenUtc = clock.GetUtcNow().UtcDateTime, Day = today,
            ParQJson = JsonSerializer.Serialize(parQ, Json), HistoryJson = JsonSerializer.Serialize(history, Json),
            Verdict = JsonNamingPolicy.KebabCaseLower.ConvertName(outcome.Verdict.ToString()), Headline = outcome.Headline,
        };
        db.Intakes.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return (outcome, record);
    }

    /// <summary>The runner's intakes, newest first.</summary>
    public async Task<IReadOnlyList<IntakeRecord>> HistoryAsync(string runnerId, CancellationToken cancellationToken) =>
        await db.Intakes.AsNoTracking().Where(i => i.RunnerId == runnerId).OrderByDescending(i => i.TakenUtc).ThenByDescending(i => i.Id)
            .ToListAsync(cancellationToken);

    /// <summary>The latest intake with its answers and outcome (knowing whether the warning-signs check was taken since), or null.</summary>
    public async Task<StoredIntake?> LatestAsync(string runnerId, CancellationToken cancellationToken)
    {
        var latest = await db.Intakes.LatestForAsync(runnerId, cancellationToken);
        if (latest is null)
        {
            return null;
        }

        var taken = latest.Record.TakenUtc;
        var screened = await db.Screenings.AsNoTracking().Where(s => s.OwnerId == runnerId && s.TakenUtc >= taken)
            .OrderBy(s => s.TakenUtc).Select(s => (DateOnly?)s.Day).FirstOrDefaultAsync(cancellationToken);
        return screened is null ? latest : StoredIntake.From(latest.Record, screened);
    }

    /// <summary>Whether the runner's intake is valid on <paramref name="today"/>, and if not why.</summary>
    public async Task<IntakeStatus> StatusAsync(string runnerId, DateOnly today, CancellationToken cancellationToken)
    {
        var latest = await db.Intakes.Where(i => i.RunnerId == runnerId).OrderByDescending(i => i.TakenUtc)
            .Select(i => new { i.Day, i.TakenUtc }).FirstOrDefaultAsync(cancellationToken);
        DateOnly? flagged = null;
        if (latest is not null)
        {
            // After the intake by the clock, not by the day: a sign reported that morning, before the intake, was known to it.
            string[] warning = [Urgency.Soon.Name(), Urgency.Today.Name(), Urgency.Emergency.Name()];
            flagged = await db.Screenings
                .Where(s => s.OwnerId == runnerId && s.TakenUtc > latest.TakenUtc && warning.Contains(s.Urgency))
                .OrderBy(s => s.TakenUtc).Select(s => (DateOnly?)s.Day).FirstOrDefaultAsync(cancellationToken);
        }

        return IntakeStatus.Of(latest?.Day, flagged, today);
    }
}
