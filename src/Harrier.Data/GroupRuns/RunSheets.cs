using Harrier.Core.Coaching;
using Harrier.Core.Daylight;
using Harrier.Core.GroupRuns;
using Harrier.Core.Triage;
using Harrier.Data.Coaching;
using Harrier.Data.Intake;
using Harrier.Data.Pain;
using Harrier.Data.Plans;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.GroupRuns;

/// <summary>
/// Builds a group run's sheet from each yes-answering client's own plan, pain history, warning signs and intake, through Core's
/// <see cref="RunSheetBuilder"/>. Health details are read only for clients who share health (each read is recorded for them);
/// an open warning sign keeps anyone off the sheet's sessions whatever they share.
/// </summary>
public sealed class RunSheets(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>The sheet for one of the coach's runs, or null when it is not theirs.</summary>
    /// <param name="coachId">The coach.</param>
    /// <param name="id">The group run.</param>
    /// <param name="channel">"web", "api" or "cli", for the record of health views.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<(GroupRunDetails Run, RunSheet Sheet)?> BuildAsync(string coachId, int id, string channel, CancellationToken cancellationToken)
    {
        var run = await new CoachGroupRuns(db, clock).GetAsync(coachId, id, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var access = new CoachAccess(db, clock);
        var days = new List<RunnerDay>();
        foreach (var (invitee, name) in run.Invitees.Where(i => i.Invitee.Answer == RsvpAnswer.Yes))
        {
            if (await access.LinkAsync(coachId, invitee.RunnerId, cancellationToken) is not { } link)
            {
                continue;
            }

            days.Add(await DayAsync(access, link, name, run.Sun.Date, channel, cancellationToken));
        }

        var place = new Coordinates(run.Run.Place.Latitude, run.Run.Place.Longitude);
        return (run, RunSheetBuilder.Build(run.Run.Place.Name, place, run.Start, run.Zone, days));
    }

    private async Task<RunnerDay> DayAsync(CoachAccess access, CoachLink link, string name, DateOnly date, string channel, CancellationToken cancellationToken)
    {
        var runner = await db.Users.AsNoTracking().FirstAsync(u => u.Id == link.RunnerId, cancellationToken);
        var today = runner.Today(clock);
        var history = await new PainHistory(db).LoadAsync(runner.Id, today, cancellationToken);
        var plan = (await new RunnerPlans(db, clock).ActiveAsync(runner.Id, cancellationToken))?.Plan;
        var session = plan?.On(date).Select(w => w.Workout).FirstOrDefault(w => w.IsRunning)
            ?? plan?.On(date).Select(w => w.Workout).FirstOrDefault();
        var intake = await new RunnerIntake(db, clock).StatusAsync(runner.Id, date > today ? date : today, cancellationToken);
        var shared = await access.HealthAsync(link.CoachId, runner.Id, HealthRecord.RunSheet, channel, cancellationToken) is not null;
        intake = shared ? intake : intake.WithoutHealthDetails();
        var morning = history.Signals.Mornings.Where(m => m.Key == date).Select(m => (int?)m.Value).LastOrDefault();
        return new RunnerDay(
            runner.Id, name, plan is not null, plan?.IsSuspended == true, session, intake, morning,
            PainTriage.Decide(history.Signals, history.Screens, today), history.OpenScreen(today), history.RecentSpike(date) is not null,
            shared);
    }
}
