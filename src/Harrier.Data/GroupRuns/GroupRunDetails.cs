using Harrier.Core.Daylight;
using Harrier.Core.GroupRuns;

namespace Harrier.Data.GroupRuns;

/// <summary>A group run as its pages, the API and the CLI show it: where and when in local time, the light, the route and who answered what.</summary>
/// <param name="Run">The stored run, with its place, route and invitees.</param>
/// <param name="Zone">The place's time zone.</param>
/// <param name="Start">The meeting time in that zone.</param>
/// <param name="Sun">The day's civil dawn, sunrise, sunset and civil dusk at the place.</param>
/// <param name="Light">The light at the meeting time.</param>
/// <param name="Route">The route to draw, or null.</param>
/// <param name="Invitees">Who is invited (removed ones left out), with their names, by name.</param>
public sealed record GroupRunDetails(
    GroupRun Run, TimeZoneInfo Zone, DateTimeOffset Start, SunDay Sun, MeetingLight Light, GroupRoute? Route,
    IReadOnlyList<(GroupRunInvitee Invitee, string Name)> Invitees)
{
    /// <summary>The light line for the start alone ("Starts in the dark, 1 h 2 min before civil dawn …").</summary>
    public string LightLine => LightWords.Line(Light, null);

    /// <summary>How many said yes, no or maybe, and how many have not answered.</summary>
    public int Count(RsvpAnswer answer) => Invitees.Count(i => i.Invitee.Answer == answer);
}
