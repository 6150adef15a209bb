using Harrier.Core.Screening;
using Harrier.Data.Pain;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Screening;

/// <summary>
/// Runs the warning-signs check for a runner and keeps it with its time; the one pain decision (<see cref="PainDecisions"/>)
/// then pauses the active plan when a flag calls for a clinician today or now, on that flag's own basis.
/// </summary>
public sealed class RedFlagCheck(HarrierDbContext db, TimeProvider clock)
{
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
        var result = RedFlagScreen.Evaluate(answers, painEntry?.ToEntry(), age);
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
