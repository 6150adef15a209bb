using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.GroupRuns;

/// <summary>A runner's group-run invitations from coaches they are still linked to, and their answers.</summary>
public sealed class RunnerGroupRuns(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The runner's invitations to runs on or after <paramref name="from"/> (the place's local date), cancelled ones included,
    /// soonest first, each with the coach's name.
    /// </summary>
    public async Task<IReadOnlyList<RunnerInvitation>> InvitationsAsync(string runnerId, DateOnly from, CancellationToken cancellationToken)
    {
        var coaches = db.CoachLinks.Where(l => l.RunnerId == runnerId && l.EndedUtc == null).Select(l => l.CoachId);
        var runs = await db.GroupRuns.AsNoTracking().AsSplitQuery().Include(r => r.Place).Include(r => r.Invitees.Where(i => i.RunnerId == runnerId))
            .Where(r => r.LocalDate >= from && coaches.Contains(r.CoachId) && r.Invitees.Any(i => i.RunnerId == runnerId && i.RemovedUtc == null))
            .OrderBy(r => r.StartUtc).Take(60).ToListAsync(cancellationToken);
        var coachIds = runs.Select(r => r.CoachId).Distinct().ToArray();
        var names = await db.Users.AsNoTracking().Where(u => coachIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var details = await new CoachGroupRuns(db, clock).DetailsAsync(runs, withRoute: false, cancellationToken);
        var plan = (await new Plans.RunnerPlans(db, clock).ActiveAsync(runnerId, cancellationToken))?.Plan;
        return details.Select(d => new RunnerInvitation(
            d, d.Run.Invitees[0], names.GetValueOrDefault(d.Run.CoachId, "Your coach"),
            plan is null || plan.IsSuspended ? null : plan.On(d.Sun.Date).Select(w => w.Workout).FirstOrDefault(w => w.IsRunning))).ToArray();
    }

    /// <summary>
    /// Answers an invitation. False when the runner is not invited to that run, it is cancelled, it started more than 12 hours ago, or the coach
    /// is no longer theirs.
    /// </summary>
    public async Task<bool> AnswerAsync(string runnerId, int id, RsvpAnswer answer, CancellationToken cancellationToken)
    {
        if (answer == RsvpAnswer.None)
        {
            return false;
        }

        var invitee = await db.GroupRunInvitees
            .Where(i => i.GroupRunId == id && i.RunnerId == runnerId && i.RemovedUtc == null)
            .Join(db.GroupRuns, i => i.GroupRunId, r => r.Id, (i, r) => new { Invitee = i, Run = r })
            .Where(x => x.Run.CancelledUtc == null && db.CoachLinks.Any(l => l.CoachId == x.Run.CoachId && l.RunnerId == runnerId && l.EndedUtc == null))
            .Select(x => new { x.Invitee, x.Run.StartUtc })
            .FirstOrDefaultAsync(cancellationToken);
        if (invitee is null || invitee.StartUtc < clock.GetUtcNow().UtcDateTime.AddHours(-12))
        {
            return false;
        }

        invitee.Invitee.Answer = answer;
        invitee.Invitee.AnsweredUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

/// <summary>One invitation as the runner sees it.</summary>
/// <param name="Run">The group run.</param>
/// <param name="Mine">The runner's own invitation: their answer and, after the run, what the coach marked.</param>
/// <param name="CoachName">Who invited them.</param>
/// <param name="Session">The runner's own running session that day from their plan, or null (no plan, paused, or a rest day).</param>
public sealed record RunnerInvitation(GroupRunDetails Run, GroupRunInvitee Mine, string CoachName, Core.Plans.Workout? Session);
