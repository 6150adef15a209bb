using Harrier.Core.Plans;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace Harrier.Web.Features.Plans;

/// <summary>The plan as iCalendar (RFC 5545): one all-day event per session, on the runner's own calendar dates.</summary>
/// <remarks>
/// Sessions have no clock time, so they are all-day events (DATE values), which phones show on the right day in any zone;
/// the runner's zone is named in X-WR-TIMEZONE for calendar apps that use it. Event UIDs are stable per plan and date, so a
/// subscribed calendar updates sessions in place when the plan adapts.
/// </remarks>
public static class PlanCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(TrainingPlan plan, int planId, string timeZoneId, string host)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var calendar = new IcalCalendar { ProductId = "-//Harrier//Training plan//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"Harrier: {plan.Name}");
        calendar.AddProperty("X-WR-TIMEZONE", timeZoneId);
        foreach (var session in plan.Workouts.Where(w => w.Workout.Kind != WorkoutKind.Rest))
        {
            var w = session.Workout;
            var description = string.Join('\n', new[] { w.Instruction }
                .Concat(w.Steps.Select(s => "• " + s.Describe()))
                .Concat(w.CheckpointNote is { } note ? [note] : [])
                .Concat(plan.IsSuspended ? ["The plan is paused: do not run until you have been seen."] : []));
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"plan-{planId}-{session.Date:yyyyMMdd}-{w.Kind}@{host}",
                Summary = (w.IsCheckpoint ? "⚑ " : "") + w.Title,
                Description = description,
                DtStart = new CalDateTime(session.Date),
                DtEnd = new CalDateTime(session.Date.AddDays(1)),
                Transparency = "TRANSPARENT",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
