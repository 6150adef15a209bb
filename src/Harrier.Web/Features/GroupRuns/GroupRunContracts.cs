using Harrier.Core.Daylight;
using Harrier.Core.GroupRuns;
using Harrier.Data.GroupRuns;

namespace Harrier.Web.Features.GroupRuns;

/// <summary>A group run: place and local start, the day's light, the route, and who answered what.</summary>
/// <param name="Id">The run.</param>
/// <param name="SeriesId">Shared by the runs of a series, or null.</param>
/// <param name="Title">Its name.</param>
/// <param name="Place">Where the group meets.</param>
/// <param name="Date">The local date, yyyy-MM-dd.</param>
/// <param name="Time">The local meeting time, HH:mm.</param>
/// <param name="Start">The meeting time, ISO 8601 with the place's UTC offset that day.</param>
/// <param name="Cancelled">True once cancelled.</param>
/// <param name="Sequence">Counts its changes (as in its calendar entry).</param>
/// <param name="Daylight">Civil dawn, sunrise, sunset and civil dusk at the place that day, and the light at the start.</param>
/// <param name="LightLine">The light at the start in one sentence.</param>
/// <param name="Route">The route, or null (its points only when one run is asked for).</param>
/// <param name="Notes">Notes for the group.</param>
/// <param name="Invitees">Who is invited, with their answers and attendance.</param>
public sealed record GroupRunResponse(
    int Id, string? SeriesId, string Title, PlaceResponse Place, string Date, string Time, DateTimeOffset Start, bool Cancelled, int Sequence,
    DaylightDocument Daylight, string LightLine, RouteResponse? Route, string? Notes, IReadOnlyList<InviteeResponse> Invitees)
{
    public static GroupRunResponse From(GroupRunDetails d, bool withPoints)
    {
        ArgumentNullException.ThrowIfNull(d);
        var r = d.Run;
        return new GroupRunResponse(
            r.Id, r.SeriesId, r.Title, PlaceResponse.From(r.Place), d.Sun.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            r.LocalTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), d.Start, r.IsCancelled, r.Sequence,
            DaylightDocument.From(d.Sun, d.Light), d.LightLine,
            d.Route is { } route ? RouteResponse.From(route, withPoints, r.Place) : r.Route is { } stored ? new RouteResponse(stored.Name, stored.Meters, stored.AscentMeters, null, null) : null,
            r.Notes, [.. d.Invitees.Select(i => new InviteeResponse(i.Invitee.RunnerId, i.Name, i.Invitee.Answer, i.Invitee.Attendance, i.Invitee.Pain))]);
    }
}

/// <summary>A meeting place: name, position in degrees (east positive) and IANA time zone.</summary>
public sealed record PlaceResponse(int Id, string Name, double Latitude, double Longitude, string TimeZone)
{
    public static PlaceResponse From(MeetingPlace p) => new(p.Id, p.Name, p.Latitude, p.Longitude, p.TimeZone);
}

/// <summary>
/// A route: its name, length in metres, climb in metres, [latitude, longitude] points when asked for, and a warning when it never
/// comes within a kilometre of the meeting point (null when it does, or when the points were not read).
/// </summary>
public sealed record RouteResponse(string Name, double Meters, double AscentMeters, IReadOnlyList<double[]>? Points, string? Warning)
{
    public static RouteResponse From(GroupRoute route, bool withPoints, MeetingPlace place)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(place);
        return new(route.Name, Math.Round(route.Meters, 1), Math.Round(route.AscentMeters, 1),
            withPoints ? [.. route.Points.Select(p => new[] { p.Latitude, p.Longitude })] : null,
            route.FarFrom(new(place.Latitude, place.Longitude), place.Name));
    }
}

/// <summary>An invited client: their answer (none, yes, no, maybe) and, after the run, attendance (done, cut-short, hurt, absent) with pain when hurt.</summary>
public sealed record InviteeResponse(string RunnerId, string Name, RsvpAnswer Answer, Attendance? Attendance, int? Pain);

/// <summary>A group run's sheet: the light, the shared warm-up and cool-down, each runner's own session and finish, and when the group is back.</summary>
public sealed record RunSheetResponse(
    GroupRunResponse Run, string LightLine, AdviceDocument? Advice, int WarmUpSeconds, int CoolDownSeconds, DateTimeOffset GroupBack,
    IReadOnlyList<SheetLineResponse> Lines)
{
    public static RunSheetResponse From(GroupRunDetails run, RunSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new RunSheetResponse(
            GroupRunResponse.From(run, withPoints: false), sheet.LightLine, sheet.Advice is { } a ? AdviceDocument.From(a) : null,
            sheet.WarmUpSeconds, sheet.CoolDownSeconds, sheet.GroupBack, [.. sheet.Lines.Select(SheetLineResponse.From)]);
    }
}

/// <summary>
/// One runner on the sheet: readiness (ready, go-easy, not-today, rest-day, no-session) and its words, their session's title,
/// main set and effort, running time and own part in seconds, their finish (null when they do not run) and notes.
/// </summary>
public sealed record SheetLineResponse(
    string RunnerId, string Name, Readiness Readiness, string ReadinessWords, string Title, string? Summary, string? Effort,
    int RunningSeconds, int OwnPartSeconds, DateTimeOffset? Finish, IReadOnlyList<string> Notes)
{
    public static SheetLineResponse From(SheetLine l) => new(
        l.RunnerId, l.Name, l.Readiness, l.Readiness.Words(), l.Title, l.Summary, l.Effort, l.RunningSeconds, l.OwnPartSeconds, l.Finish, l.Notes);
}

/// <summary>An invitation as the runner sees it, with their own session that day.</summary>
public sealed record InvitationToRunResponse(
    int Id, string Title, string CoachName, PlaceResponse Place, DateTimeOffset Start, bool Cancelled, string LightLine, bool Dark,
    RsvpAnswer Answer, Attendance? Attendance, string? MySession, string? Notes);

/// <summary>Answering an invitation: yes, no or maybe.</summary>
public sealed record AnswerRequest(RsvpAnswer? Answer);

/// <summary>Marks after a run: for each runner, done, cut-short, hurt (with pain 0–10) or absent.</summary>
public sealed record AttendanceRequest(IReadOnlyList<AttendanceMarkRequest>? Marks);

/// <summary>One runner's mark.</summary>
public sealed record AttendanceMarkRequest(string? RunnerId, Attendance? Attendance, int? Pain);

/// <summary>What marking did: each runner's plan change in plain words, or null when their plan did not change.</summary>
public sealed record AttendanceResponse(IReadOnlyList<AttendanceChange> Changes);

/// <summary>One runner's plan change after a mark.</summary>
public sealed record AttendanceChange(string RunnerId, string? PlanChange);
