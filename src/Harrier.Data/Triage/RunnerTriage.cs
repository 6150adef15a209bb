using System.Text.Json;
using Harrier.Core.Pain;
using Harrier.Core.Screening;
using Harrier.Core.Triage;
using Harrier.Data.Pain;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Triage;

/// <summary>
/// Triage for a stored runner, the same for the web page, <c>POST /api/triage</c> and <c>harrier triage --user</c>: loads the
/// runner's history (<see cref="PainHistory"/>), assesses it with Core's <see cref="PainTriage"/>, and keeps the typed answers so
/// the next visit starts from them.
/// </summary>
public sealed class RunnerTriage(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>Assesses the runner's answers against their history.</summary>
    /// <param name="ownerId">The runner.</param>
    /// <param name="today">The runner's day.</param>
    /// <param name="typed">The answers the runner typed.</param>
    /// <param name="screen">Warning-signs answers given with the request, evaluated; null when none were given (the stored checks count).</param>
    /// <param name="entry">A pain entry given with the request (not stored), counted like a journal entry; null for none.</param>
    /// <param name="save">True to keep <paramref name="typed"/> as the runner's latest answers.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<TriageResult> AssessAsync(
        string ownerId, DateOnly today, TriageAnswers typed, RedFlagResult? screen, PainEntry? entry, bool save,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var history = (await new PainHistory(db).LoadAsync(ownerId, today, cancellationToken)).With(entry);
        if (save)
        {
            db.TriageAnswers.Add(new SavedTriageAnswers
            {
                OwnerId = ownerId, SavedUtc = clock.GetUtcNow().UtcDateTime,
                AnswersJson = JsonSerializer.Serialize(typed, TriageAnswers.JsonOptions),
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return PainTriage.Assess(typed, history, screen, clock.GetUtcNow().UtcDateTime, today);
    }

    /// <summary>The answers the runner typed last time, or empty answers when there are none.</summary>
    public async Task<TriageAnswers> LastAnswersAsync(string ownerId, CancellationToken cancellationToken)
    {
        var json = await db.TriageAnswers.AsNoTracking().Where(t => t.OwnerId == ownerId).OrderByDescending(t => t.SavedUtc)
            .ThenByDescending(t => t.Id).Select(t => t.AnswersJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? new TriageAnswers() : TriageAnswers.Parse(json);
    }
}
