using Harrier.Core.Plans;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace Harrier.Web.Features.Plans;

/// <summary>The plan as iCalendar (RFC 5545): one event per session, at its time in the runner's zone or all day when it has none.</summary>
/// <remarks>
/// <para>
/// A session with a time of day (<see cref="TrainingPlan.TimeOf"/>) is a timed event with TZID = the runner's IANA zone (and that
/// zone's VTIMEZONE), lasting the session's planned time (at least 15 minutes) and shown as busy. A session without one is an
/// all-day event (DATE values), shown as free, which phones put on the right day in any zone; X-WR-TIMEZONE names the zone too.
/// </para>
/// <para>
/// Each event's UID is the plan and the session's key (<see cref="PlannedWorkout.Key"/>), which a session keeps when it moves,
/// and SEQUENCE is the number of changes in the plan's history, so a subscribed calendar replaces the event when the plan changes.
/// While the plan is paused, every session from the pause on is STATUS:CANCELLED, so phones stop reminding the runner of them.
/// </para>
/// </remarks>
public static class PlanCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    private const int ShortestEventMinutes = 15;

    /// <param name="plan">The plan.</param>
    /// <param name="planId">The stored plan's id, part of every UID.</param>
    /// <param name="timeZoneId">The runner's IANA zone.</param>
    /// <param name="host">The server's host name, the UIDs' domain.</param>
    public static string Write(TrainingPlan plan, int planId, string timeZoneId, string host)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var calendar = Create($"Harrier: {plan.Name}", timeZoneId);
        Add(calendar, plan, planId, timeZoneId, host);
        return Serialize(calendar);
    }

    /// <summary>An empty calendar named <paramref name="name"/>, its default zone the runner's.</summary>
    public static IcalCalendar Create(string name, string timeZoneId)
    {
        var calendar = new IcalCalendar { ProductId = "-//Harrier//Training plan//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", timeZoneId);
        return calendar;
    }

    /// <summary>Adds the plan's sessions (and the runner's zone when a session has a time) to <paramref name="calendar"/>.</summary>
    public static void Add(IcalCalendar calendar, TrainingPlan plan, int planId, string timeZoneId, string host)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(plan);
        var sessions = plan.Workouts.Where(w => w.Workout.Kind != WorkoutKind.Rest).ToArray();
        if (sessions.Any(s => plan.TimeOf(s) is not null) && calendar.TimeZones.All(t => t.TzId != timeZoneId))
        {
            calendar.AddTimeZone(timeZoneId, sessions[0].Date.AddDays(-1).ToDateTime(TimeOnly.MinValue), includeHistoricalData: false);
        }

        foreach (var session in sessions)
        {
            calendar.Events.Add(Event(plan, session, planId, timeZoneId, host));
        }
    }

    /// <summary>The calendar as iCalendar text.</summary>
    public static string Serialize(IcalCalendar calendar) => new CalendarSerializer().SerializeToString(calendar) ?? "";

    private static CalendarEvent Event(TrainingPlan plan, PlannedWorkout session, int planId, string timeZoneId, string host)
    {
        var w = session.Workout;
        var paused = plan.PausedOn is { } pausedOn && session.Date >= pausedOn;
        var description = string.Join('\n', new[] { w.Instruction }
            .Concat(w.Steps.Select(s => "• " + s.Describe()))
            .Concat(w.CheckpointNote is { } note ? [note] : [])
            .Concat(paused ? ["The plan is paused: do not run until you have been seen."] : []));
        var e = new CalendarEvent
        {
            Uid = $"plan-{planId}-{session.Key}@{host}",
            Sequence = plan.Changes.Count,
            Summary = (paused ? "Paused: " : "") + (w.IsCheckpoint ? "⚑ " : "") + w.Title,
            Description = description,
            Status = paused ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (plan.TimeOf(session) is { } time)
        {
            e.DtStart = new CalDateTime(session.Date, time, timeZoneId);
            e.DtEnd = e.DtStart.AddMinutes(Math.Max(ShortestEventMinutes, (int)Math.Ceiling(w.TotalSeconds / 60.0)));
            e.Transparency = "OPAQUE";
        }
        else
        {
            e.DtStart = new CalDateTime(session.Date);
            e.DtEnd = new CalDateTime(session.Date.AddDays(1));
            e.Transparency = "TRANSPARENT";
        }

        return e;
    }
}
