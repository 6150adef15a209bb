using Harrier.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.GroupRuns;

/// <summary>
/// The group runs a person's calendar feed carries: those they lead as a coach, and those they are (or were) invited to by a coach
/// they are still linked to, from <see cref="LookBackDays"/> days ago on.
/// </summary>
public sealed class GroupRunFeed(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>How far back the feed keeps group runs, so a calendar still shows last week's.</summary>
    public const int LookBackDays = 30;

    /// <summary>The person's group runs for their feed, soonest first.</summary>
    public async Task<IReadOnlyList<FeedRun>> ForAsync(HarrierUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var from = user.Today(clock).AddDays(-LookBackDays);
        var coaches = db.CoachLinks.Where(l => l.RunnerId == user.Id && l.EndedUtc == null).Select(l => l.CoachId);
        var runs = await db.GroupRuns.AsNoTracking().AsSplitQuery().Include(r => r.Place).Include(r => r.Invitees)
            .Where(r => r.LocalDate >= from
                && (r.CoachId == user.Id || (coaches.Contains(r.CoachId) && r.Invitees.Any(i => i.RunnerId == user.Id))))
            .OrderBy(r => r.StartUtc).Take(400).ToListAsync(cancellationToken);
        var details = await new CoachGroupRuns(db, clock).DetailsAsync(runs, withRoute: false, cancellationToken);
        var plan = (await new Plans.RunnerPlans(db, clock).ActiveAsync(user.Id, cancellationToken))?.Plan;
        return details.Select(d => new FeedRun(
            d, d.Run.CoachId == user.Id, d.Run.Invitees.FirstOrDefault(i => i.RunnerId == user.Id),
            plan is null || plan.IsSuspended ? null : plan.On(d.Sun.Date).Select(w => w.Workout).FirstOrDefault(w => w.IsRunning))).ToArray();
    }
}

/// <summary>One group run in a feed.</summary>
/// <param name="Run">The run.</param>
/// <param name="Leading">True when the feed's owner is its coach.</param>
/// <param name="Invitation">The owner's invitation, when they are invited (its answer, or when they were taken off it).</param>
/// <param name="Session">The owner's own running session that day, or null.</param>
public sealed record FeedRun(GroupRunDetails Run, bool Leading, GroupRunInvitee? Invitation, Workout? Session);
