using System.Globalization;
using Harrier.Core.GroupRuns;
using Harrier.Data.GroupRuns;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using IcalCalendar = Ical.Net.Calendar;

namespace Harrier.Web.Features.Calendar;

/// <summary>Group runs as iCalendar events (RFC 5545), added to a person's feed beside their plan's sessions.</summary>
/// <remarks>
/// <para>
/// Each run is a timed event at its local start with TZID = the place's IANA zone (and that zone's VTIMEZONE), LOCATION the place's
/// name and GEO its latitude;longitude. It ends when the run sheet says the group (for the coach) or the runner is back. The description carries the light line, the runner's session and
/// the notes.
/// </para>
/// <para>
/// The UID is the run's (the same every time), and SEQUENCE is the run's change count, one more for someone taken off it, so a
/// changed time reaches subscribed calendars; a cancelled run, a "no" answer or being taken off it is STATUS:CANCELLED, a "maybe"
/// or no answer yet TENTATIVE.
/// </para>
/// </remarks>
public static class GroupRunCalendar
{
    /// <summary>How long the coach's event lasts.</summary>
    public const int CoachMinutes = 60;

    /// <summary>The shortest event a runner gets (the shared warm-up, their part and the cool-down rarely take less).</summary>
    public const int ShortestMinutes = 30;

    /// <summary>Adds <paramref name="runs"/> and their zones to <paramref name="calendar"/>.</summary>
    /// <param name="calendar">The feed's calendar.</param>
    /// <param name="runs">The person's group runs (<see cref="GroupRunFeed"/>).</param>
    /// <param name="host">The UIDs' domain.</param>
    public static void Add(IcalCalendar calendar, IReadOnlyList<FeedRun> runs, string host)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(runs);
        foreach (var zone in runs.GroupBy(r => r.Run.Zone.Id))
        {
            if (calendar.TimeZones.All(t => t.TzId != zone.Key))
            {
                calendar.AddTimeZone(zone.Key, zone.Min(r => r.Run.Start).DateTime.AddDays(-1), includeHistoricalData: false);
            }
        }

        foreach (var run in runs)
        {
            calendar.Events.Add(Event(run, host));
        }
    }

    /// <summary>
    /// How long the event lasts: to when the run sheet says the group is back (the coach's, from the sessions of those who said
    /// yes) or the runner is back from their own session; <see cref="CoachMinutes"/> for a coach with nobody coming yet, and
    /// never under <see cref="ShortestMinutes"/>.
    /// </summary>
    private static int Minutes(FeedRun feed)
    {
        var start = feed.Run.Start;
        DateTimeOffset? back = feed.Leading
            ? feed.GroupSessions.Count > 0 ? RunSheetBuilder.BackAt(start, feed.GroupSessions) : null
            : feed.Session is { } session ? RunSheetBuilder.BackAt(start, [session]) : null;
        var minutes = back is { } b ? (int)Math.Ceiling((b - start).TotalMinutes) : feed.Leading ? CoachMinutes : ShortestMinutes;
        return Math.Max(ShortestMinutes, minutes);
    }

    private static CalendarEvent Event(FeedRun feed, string host)
    {
        var d = feed.Run;
        var r = d.Run;
        var removed = !feed.Leading && feed.Invitation is { IsInvited: false };
        var declined = !feed.Leading && feed.Invitation?.Answer == RsvpAnswer.No;
        var lines = new List<string> { d.LightLine + "." };
        if (d.Light.IsDark)
        {
            lines.Add("Wear reflective bands on ankles, knees and wrists and bring a light.");
        }

        if (feed.Session is { } session)
        {
            lines.Add($"Your session: {session.Title}: {WorkoutSummary.Compact(session)}.");
        }

        if (r.Notes is { } notes)
        {
            lines.Add(notes);
        }

        var start = new CalDateTime(d.Sun.Date, r.LocalTime, d.Zone.Id);
        return new CalendarEvent
        {
            Uid = string.Create(CultureInfo.InvariantCulture, $"group-run-{r.Id}@{host}"),
            Sequence = r.Sequence + (removed ? 1 : 0),
            Summary = (r.IsCancelled || removed ? "Cancelled: " : "") + r.Title + (feed.Leading ? " (you lead)" : ""),
            Description = string.Join('\n', lines),
            Location = r.Place.Name,
            GeographicLocation = new GeographicLocation(r.Place.Latitude, r.Place.Longitude),
            DtStart = start,
            DtEnd = start.AddMinutes(Minutes(feed)),
            Status = r.IsCancelled || removed || declined ? EventStatus.Cancelled
                : feed.Leading || feed.Invitation?.Answer == RsvpAnswer.Yes ? EventStatus.Confirmed : EventStatus.Tentative,
            Transparency = "OPAQUE",
        };
    }
}
