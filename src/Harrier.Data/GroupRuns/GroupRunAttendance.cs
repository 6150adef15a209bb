using Harrier.Core.Plans;
using Harrier.Data.Coaching;
using Harrier.Data.Plans;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.GroupRuns;

/// <summary>
/// The coach marks who came to a group run and how it went; each attendee's planned session that day gets the same outcome the
/// runner would give on Today (done, cut short, or hurt with a pain score), through <see cref="RunnerPlans.RecordAsync(StoredPlan, DateOnly, SessionResult, int?, DateOnly, CancellationToken)"/>
/// and so through the one pain-to-plan decision. The runner can still answer for the session themselves; the latest answer counts.
/// </summary>
public sealed class GroupRunAttendance(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Records <paramref name="marks"/> for the coach's run. Returns, per runner marked, the change to their plan (or null); or
    /// an error in plain words: the run is not found (null result), has not started, or a mark is invalid.
    /// </summary>
    public async Task<AttendanceResult?> MarkAsync(
        string coachId, int id, IReadOnlyList<AttendanceMark> marks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var run = await db.GroupRuns.Include(r => r.Invitees).FirstOrDefaultAsync(r => r.Id == id && r.CoachId == coachId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (run.IsCancelled)
        {
            return AttendanceResult.Failed("This run was cancelled.");
        }

        if (run.StartUtc > now)
        {
            return AttendanceResult.Failed("Attendance can be marked once the run has started.");
        }

        foreach (var mark in marks)
        {
            if (run.Invitees.FirstOrDefault(i => i.RunnerId == mark.RunnerId && i.IsInvited) is null)
            {
                return AttendanceResult.Failed("Only runners invited to this run can be marked.");
            }

            if (mark.Attendance == Attendance.Hurt ? mark.Pain is not (>= 0 and <= 10) : mark.Pain is not null and not (>= 0 and <= 10))
            {
                return AttendanceResult.Failed("Give the pain during the run as a number from 0 to 10 for anyone it hurt.");
            }
        }

        var access = new CoachAccess(db, clock);
        var plans = new RunnerPlans(db, clock);
        var changes = new List<(string RunnerId, PlanChange? Change)>();
        foreach (var mark in marks)
        {
            var invitee = run.Invitees.First(i => i.RunnerId == mark.RunnerId);
            invitee.Attendance = mark.Attendance;
            invitee.Pain = mark.Attendance == Attendance.Hurt ? mark.Pain : null;
            invitee.AttendanceUtc = now;
            await db.SaveChangesAsync(cancellationToken);
            if (mark.Attendance == Attendance.Absent || await access.LinkAsync(coachId, mark.RunnerId, cancellationToken) is null)
            {
                changes.Add((mark.RunnerId, null));
                continue;
            }

            var stored = await plans.ActiveAsync(mark.RunnerId, cancellationToken);
            if (stored is null || !stored.Plan.On(run.LocalDate).Any(w => w.Workout.IsRunning))
            {
                changes.Add((mark.RunnerId, null));
                continue;
            }

            var runner = await db.Users.AsNoTracking().FirstAsync(u => u.Id == mark.RunnerId, cancellationToken);
            var result = mark.Attendance switch
            {
                Attendance.Hurt => SessionResult.Hurt,
                Attendance.CutShort => SessionResult.CutShort,
                _ => SessionResult.Done,
            };
            changes.Add((mark.RunnerId, await plans.RecordAsync(stored, run.LocalDate, result, invitee.Pain, runner.Today(clock), cancellationToken)));
        }

        run.AttendanceUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return new AttendanceResult(null, changes);
    }
}

/// <summary>One runner's mark after a group run.</summary>
/// <param name="RunnerId">The runner.</param>
/// <param name="Attendance">Done, cut short, hurt or absent.</param>
/// <param name="Pain">Pain during the run, 0–10: required when hurt, ignored otherwise.</param>
public sealed record AttendanceMark(string RunnerId, Attendance Attendance, int? Pain = null);

/// <summary>What marking attendance did: an error in plain words, or each runner's plan change (null when the plan did not change).</summary>
public sealed record AttendanceResult(string? Error, IReadOnlyList<(string RunnerId, PlanChange? Change)> Changes)
{
    public static AttendanceResult Failed(string error) => new(error, []);
}
