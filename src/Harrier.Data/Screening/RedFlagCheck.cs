using Harrier.Core.Screening;
using Harrier.Core.Triage;
using Harrier.Data.Intake;
using Harrier.Data.Pain;
using Harrier.Data.Plans;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Screening;

/// <summary>
/// Runs the warning-signs check for a runner and keeps it with its time; the one pain decision (<see cref="PainDecisions"/>)
/// then pauses the active plan when a flag calls for a clinician today or now, on that flag's own basis.
/// </summary>
/// <remarks>
/// The check reads the pain entry that prompted it and the patterns of the runner's recent journal entries (the last
/// <see cref="PainTriage.NewSymptomDays"/> days, since a clinician last saw them), so a nerve-root pattern in the journal is never
/// missed because the check was opened from elsewhere.
/// </remarks>
public sealed class RedFlagCheck(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Submits a check as the runner sent it (the web form, the API): kept when there is nothing to fix, or when what was answered
    /// already needs a clinician today or now (<see cref="RedFlagSubmission.Stands"/>: shown at once, the rest asked after);
    /// otherwise only the errors come back and nothing is kept.
    /// </summary>
    public async Task<CheckOutcome> SubmitAsync(
        string ownerId, RedFlagSubmission submission, PainRecord? painEntry, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var result = await ScreenAsync(ownerId, submission.Answers, submission.Age, painEntry, today, cancellationToken);
        if (!submission.Stands(result))
        {
            return new CheckOutcome(result, null, submission.Errors, null, false);
        }

        var (_, record) = await RunAsync(ownerId, submission.Answers, submission.Age, painEntry, today, cancellationToken);
        var decision = await new PainDecisions(db, clock).DecideAsync(ownerId, today, cancellationToken);
        var plan = await new RunnerPlans(db, clock).ActiveAsync(ownerId, cancellationToken);
        return new CheckOutcome(result, record, submission.Errors, decision, plan?.Plan.IsSuspended == true);
    }

    /// <summary>The check of these answers with the prompting entry and the recent journal's patterns, without keeping it.</summary>
    public async Task<RedFlagResult> ScreenAsync(
        string ownerId, RedFlagAnswers answers, int? age, PainRecord? painEntry, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var seen = await db.Screenings.AsNoTracking().Where(s => s.OwnerId == ownerId && s.ClearedUtc != null)
            .MaxAsync(s => s.ClearedUtc, cancellationToken);
        var from = today.AddDays(-PainTriage.NewSymptomDays);
        var query = db.PainEntries.AsNoTracking().Where(p => p.OwnerId == ownerId && p.Day > from && p.Day <= today);
        if (seen is { } clearedUtc)
        {
            query = query.Where(p => p.CreatedUtc > clearedUtc);
        }

        var recent = await query.ToListAsync(cancellationToken);
        var entries = recent.Where(p => p.Id != painEntry?.Id).Select(p => p.ToEntry());
        return RedFlagScreen.EvaluateWithEntries(answers, painEntry is null ? entries : entries.Append(painEntry.ToEntry()), age);
    }

    /// <summary>Screens, stores the screen and applies the pain decision.</summary>
    /// <param name="ownerId">The runner.</param>
    /// <param name="answers">The answers (validated by <see cref="RedFlagAnswerParser"/>).</param>
    /// <param name="age">The runner's age in years, if given.</param>
    /// <param name="painEntry">The pain entry that prompted the check, if any.</param>
    /// <param name="today">The runner's day.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<(RedFlagResult Result, ScreeningRecord Record)> RunAsync(
        string ownerId, RedFlagAnswers answers, int? age, PainRecord? painEntry, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var result = await ScreenAsync(ownerId, answers, age, painEntry, today, cancellationToken);
        var record = new ScreeningRecord
        {
            OwnerId = ownerId, TakenUtc = clock.GetUtcNow().UtcDateTime, Day = today, AnswersJson = ScreeningRecord.WriteAnswers(answers),
            Urgency = result.Overall.Name(), Age = age, PainEntryId = painEntry?.Id,
            Triggered = result.Findings.Count == 0 ? null : string.Join(',', result.Findings.Select(f => f.Rule.Id)),
        };
        db.Screenings.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        var (_, change) = await new PainDecisions(db, clock).ApplyAsync(ownerId, today, cancellationToken);
        if (change?.Action == Core.Plans.PlanAction.Suspend)
        {
            record.SuspendedPlan = true;
            await db.SaveChangesAsync(cancellationToken);
        }

        return (result, record);
    }

    /// <summary>The age the runner last gave (at the intake or a check) in the last year, with where it came from, so the check does
    /// not ask again; null when none is known.</summary>
    public async Task<(int Age, string Origin)?> KnownAgeAsync(string ownerId, DateOnly today, CancellationToken cancellationToken)
    {
        var since = today.AddYears(-1);
        var intake = await db.Intakes.LatestForAsync(ownerId, cancellationToken);
        var screen = await db.Screenings.AsNoTracking().Where(s => s.OwnerId == ownerId && s.Age != null && s.Day > since)
            .OrderByDescending(s => s.TakenUtc).Select(s => new { s.Age, s.Day }).FirstOrDefaultAsync(cancellationToken);
        var fromIntake = intake is { History.Age: { } age } && intake.Record.Day > since ? (age, intake.Record.Day, "your intake") : ((int, DateOnly, string)?)null;
        var fromScreen = screen is { Age: { } years } ? (years, screen.Day, "your last warning-signs check") : ((int, DateOnly, string)?)null;
        var known = new[] { fromIntake, fromScreen }.OfType<(int Age, DateOnly Day, string Where)>().OrderByDescending(k => k.Day).FirstOrDefault();
        return known.Where is null ? null
            : (known.Age, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"from {known.Where} on {known.Day:d MMM yyyy}"));
    }

    /// <summary>Marks the runner's open checks as seen by a clinician: their flags no longer hold or pause training.</summary>
    public async Task ClearAsync(string ownerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var open in await db.Screenings.Where(s => s.OwnerId == ownerId && s.ClearedUtc == null).ToListAsync(cancellationToken))
        {
            open.ClearedUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
