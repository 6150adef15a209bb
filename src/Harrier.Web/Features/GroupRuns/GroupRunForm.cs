using System.Globalization;
using Harrier.Core.GroupRuns;
using Harrier.Data.GroupRuns;

namespace Harrier.Web.Features.GroupRuns;

/// <summary>
/// The group-run form as posted (all text, so nothing typed is lost on an error); <see cref="ToInput"/> hands it to Core's one
/// validation (<see cref="GroupRunInput.Validate"/>), whose field names <see cref="FieldId"/> maps back to the inputs.
/// </summary>
public sealed class GroupRunForm
{
    private List<string> _repeatDays = [];
    private List<string> _invitees = [];

    public string? Title { get; set; }

    public string? Date { get; set; }

    public string? Time { get; set; }

    /// <summary>A saved place's id, or empty for the typed place.</summary>
    public string? SavedPlace { get; set; }

    public string? PlaceName { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public string? TimeZone { get; set; }

    public List<string> RepeatDays { get => _repeatDays; set => _repeatDays = value ?? []; }

    public string? Weeks { get; set; }

    public List<string> Invitees { get => _invitees; set => _invitees = value ?? []; }

    public string? Notes { get; set; }

    /// <summary>On a change: "this" run only, or "rest" of the series from this run.</summary>
    public string? ApplyTo { get; set; }

    /// <summary>"on" to remove the route on a change.</summary>
    public string? RemoveRoute { get; set; }

    /// <summary>The input for Core's check; a saved place, when chosen, stands in for the typed one unless another name was typed.</summary>
    public GroupRunInput ToInput(IReadOnlyList<MeetingPlace> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var saved = int.TryParse(SavedPlace, CultureInfo.InvariantCulture, out var id) ? places.FirstOrDefault(p => p.Id == id) : null;
        // A place typed below, other than the one chosen above, is the coach's latest word: never ignored silently.
        if (saved is not null && !string.IsNullOrWhiteSpace(PlaceName) && !string.Equals(PlaceName.Trim(), saved.Name, StringComparison.Ordinal))
        {
            saved = null;
        }

        return new GroupRunInput(
            Title, Date, Time, saved?.Name ?? PlaceName, saved?.Latitude ?? Number(Latitude), saved?.Longitude ?? Number(Longitude),
            saved?.TimeZone ?? TimeZone, RepeatDays, int.TryParse(Weeks, CultureInfo.InvariantCulture, out var w) ? w : RepeatDays.Count > 0 ? null : 1,
            Invitees, Notes);
    }

    /// <summary>The form for an existing run.</summary>
    public static GroupRunForm From(GroupRunDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var r = d.Run;
        return new GroupRunForm
        {
            Title = r.Title, Date = r.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Time = r.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture), SavedPlace = r.PlaceId.ToString(CultureInfo.InvariantCulture),
            PlaceName = r.Place.Name, Latitude = r.Place.Latitude.ToString(CultureInfo.InvariantCulture),
            Longitude = r.Place.Longitude.ToString(CultureInfo.InvariantCulture), TimeZone = r.Place.TimeZone,
            Invitees = [.. d.Invitees.Select(i => i.Invitee.RunnerId)], Notes = r.Notes, ApplyTo = "this",
        };
    }

    /// <summary>The input element a Core field name belongs to, for error messages next to it.</summary>
    public static string FieldId(string field) => field switch
    {
        GroupRunField.PlaceName or GroupRunField.Latitude or GroupRunField.Longitude or GroupRunField.TimeZone => "place-" + field,
        _ => field,
    };

    private static double? Number(string? text) =>
        double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
