using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Ownership;

/// <summary>
/// Deletes an account and everything of it, in one transaction: its sign-in sessions (every device is signed out), its runs,
/// recordings and original files, shoes, plans, health records and experiments; its coaching links (either side) with the views
/// logged under them; every comment on its data and every comment it wrote; its group-run answers; as a coach, its invitations,
/// meeting places, routes and group runs. The web page, <c>DELETE /api/me</c> and <c>harrier users delete</c> all call it.
/// </summary>
/// <remarks>
/// Other runners keep their own records: a plan a deleted coach set, or an intake they entered, stays the runner's, with
/// the coach's id replaced by <see cref="FormerCoach"/>; an invitation the deleted runner accepted keeps its date only. A test
/// checks every text column of every table on both providers for the deleted id.
/// </remarks>
public sealed class AccountDeletion(HarrierDbContext db)
{
    /// <summary>Stands where a coach's id was on another runner's plan or intake once that coach is gone (or on another server).</summary>
    public const string FormerCoach = "former-coach";

    /// <summary>Deletes the account <paramref name="userId"/>; false when there is no such account.</summary>
    public async Task<bool> DeleteAsync(string userId, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
            {
                return false;
            }

            await DeleteTiesAsync(userId, ct);
            await DeleteRecordsAsync(userId, ct);
            await db.AccountSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
            await db.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync(ct);
            await db.UserClaims.Where(c => c.UserId == userId).ExecuteDeleteAsync(ct);
            await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync(ct);
            await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(ct);
            // Anything else that points at the account goes with it through the database's own cascades.
            await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return true;
        }, cancellationToken);
    }

    /// <summary>What ties the account to other people: comments, coaching links and views, invitations, group runs.</summary>
    private async Task DeleteTiesAsync(string userId, CancellationToken ct)
    {
        await db.Comments.Where(c => c.RunnerId == userId || c.AuthorId == userId).ExecuteDeleteAsync(ct);
        await db.HealthViews.Where(v => v.RunnerId == userId || v.CoachId == userId).ExecuteDeleteAsync(ct);
        await db.CoachLinks.Where(l => l.RunnerId == userId || l.CoachId == userId).ExecuteDeleteAsync(ct);
        await db.CoachInvitations.Where(i => i.CoachId == userId).ExecuteDeleteAsync(ct);
        await db.CoachInvitations.Where(i => i.AcceptedById == userId).ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedById, (string?)null), ct);
        await db.Plans.Where(p => p.SetById == userId && p.OwnerId != userId).ExecuteUpdateAsync(s => s.SetProperty(p => p.SetById, FormerCoach), ct);
        await db.Intakes.Where(i => i.EnteredById == userId && i.RunnerId != userId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.EnteredById, FormerCoach), ct);
        await db.GroupRunInvitees.Where(i => i.RunnerId == userId || db.GroupRuns.Any(g => g.Id == i.GroupRunId && g.CoachId == userId))
            .ExecuteDeleteAsync(ct);
        await db.GroupRuns.Where(g => g.CoachId == userId).ExecuteDeleteAsync(ct);
        await db.GroupRoutes.Where(r => r.CoachId == userId).ExecuteDeleteAsync(ct);
        await db.MeetingPlaces.Where(p => p.CoachId == userId).ExecuteDeleteAsync(ct);
    }

    /// <summary>The account's own records, those that point at others first.</summary>
    private async Task DeleteRecordsAsync(string userId, CancellationToken ct)
    {
        await db.SessionOutcomes.Where(o => o.OwnerId == userId).ExecuteDeleteAsync(ct);
        await db.Plans.Where(p => p.OwnerId == userId).ExecuteDeleteAsync(ct);
        await db.Screenings.Where(s => s.OwnerId == userId).ExecuteDeleteAsync(ct);
        await db.PainEntries.Where(p => p.OwnerId == userId).ExecuteDeleteAsync(ct);
        await db.CheckIns.Where(c => c.OwnerId == userId).ExecuteDeleteAsync(ct);
        await db.QuestionnaireScores.Where(s => s.OwnerId == userId).ExecuteDeleteAsync(ct);
        await db.TriageAnswers.Where(t => t.OwnerId == userId).ExecuteDeleteAsync(ct);
        await db.Intakes.Where(i => i.RunnerId == userId).ExecuteDeleteAsync(ct);
        await db.RemedyTrials.Where(t => t.OwnerId == userId).ExecuteDeleteAsync(ct);
        await db.CrossTraining.Where(c => c.OwnerId == userId).ExecuteDeleteAsync(ct);
        // Background imports not finished yet; their uploaded files go with them (the database cascades).
        await db.ImportJobs.Where(j => j.OwnerId == userId).ExecuteDeleteAsync(ct);
        // A run's recording and original file share its recording row, which the database deletes with the run.
        await db.Runs.Where(r => r.OwnerId == userId).ExecuteDeleteAsync(ct);
        await db.Shoes.Where(s => s.OwnerId == userId).ExecuteDeleteAsync(ct);
    }
}
