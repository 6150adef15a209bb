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
        var plans = new Plans.RunnerPlans(db, clock);
        var plan = (await plans.ActiveAsync(user.Id, cancellationToken))?.Plan;

        // For the runs the person leads: the plans of those who said yes, so the event ends when the sheet says the group is back.
        var going = details.Where(d => d.Run.CoachId == user.Id)
            .SelectMany(d => d.Run.Invitees.Where(i => i.Answer == RsvpAnswer.Yes).Select(i => i.RunnerId)).Distinct().ToList();
        var clientPlans = new Dictionary<string, TrainingPlan?>();
        foreach (var runnerId in going)
        {
            clientPlans[runnerId] = (await plans.ActiveAsync(runnerId, cancellationToken))?.Plan;
        }

        return details.Select(d =>
        {
            var leading = d.Run.CoachId == user.Id;
            var group = leading
                ? d.Run.Invitees.Where(i => i.Answer == RsvpAnswer.Yes).Select(i => RunningOn(clientPlans.GetValueOrDefault(i.RunnerId), d.Sun.Date))
                    .OfType<Workout>().ToArray()
                : [];
            return new FeedRun(d, leading, d.Run.Invitees.FirstOrDefault(i => i.RunnerId == user.Id), RunningOn(plan, d.Sun.Date), group);
        }).ToArray();
    }

    private static Workout? RunningOn(TrainingPlan? plan, DateOnly date) =>
        plan is null || plan.IsSuspended ? null : plan.On(date).Select(w => w.Workout).FirstOrDefault(w => w.IsRunning);
}

/// <summary>One group run in a feed.</summary>
/// <param name="Run">The run.</param>
/// <param name="Leading">True when the feed's owner is its coach.</param>
/// <param name="Invitation">The owner's invitation, when they are invited (its answer, or when they were taken off it).</param>
/// <param name="Session">The owner's own running session that day, or null.</param>
/// <param name="GroupSessions">When the owner leads it: the running sessions planned that day by those who said yes; else empty.</param>
public sealed record FeedRun(GroupRunDetails Run, bool Leading, GroupRunInvitee? Invitation, Workout? Session, IReadOnlyList<Workout> GroupSessions);
