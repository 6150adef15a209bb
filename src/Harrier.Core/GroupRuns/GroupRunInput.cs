using System.Globalization;
using Harrier.Core.Daylight;
using Harrier.Core.Plans;

namespace Harrier.Core.GroupRuns;

/// <summary>
/// What a coach asks for when creating or changing a group run, as typed (web form, API body or CLI options): checked once by
/// <see cref="Validate"/> for all three.
/// </summary>
/// <param name="Title">A name for the run ("Dawn run"); optional.</param>
/// <param name="Date">The (first) date, "yyyy-MM-dd", in the place's zone.</param>
/// <param name="Time">The meeting time, "HH:mm", in the place's zone.</param>
/// <param name="PlaceName">Where the group meets ("Victoria Park, east gate").</param>
/// <param name="Latitude">The meeting point's latitude in degrees, −90..90.</param>
/// <param name="Longitude">The meeting point's longitude in degrees, −180..180 (east positive).</param>
/// <param name="TimeZone">The place's IANA time zone; null or empty for <c>defaultZone</c> in <see cref="Validate"/>.</param>
/// <param name="RepeatDays">For a series: the weekdays it repeats on ("mon", "wed", "fri"); null or empty for a single run.</param>
/// <param name="Weeks">For a series: how many weeks it runs, 1–52.</param>
/// <param name="Invitees">The clients invited (account ids).</param>
/// <param name="Notes">Anything else for the group (what to bring); optional.</param>
public sealed record GroupRunInput(
    string? Title, string? Date, string? Time, string? PlaceName, double? Latitude, double? Longitude, string? TimeZone,
    IReadOnlyList<string>? RepeatDays = null, int? Weeks = null, IReadOnlyList<string>? Invitees = null, string? Notes = null)
{
    /// <summary>The longest title, place name and notes.</summary>
    public const int MaxTitle = 80, MaxPlace = 120, MaxNotes = 1000;

    /// <summary>The most clients one group run may invite (a list longer than that is refused, duplicates counted).</summary>
    public const int MaxInvitees = 200;

    /// <summary>The most weeks a series may run.</summary>
    public const int MaxWeeks = 52;

    /// <summary>How far ahead a group run may be set: two years, as plans.</summary>
    public const int MaxDaysAhead = 730;

    /// <summary>Checks the input; on success, the check carries the schedule to create.</summary>
    /// <param name="today">The coach's day; a run may not start before it.</param>
    /// <param name="defaultZone">The zone when none is given (the coach's own).</param>
    public GroupRunCheck Validate(DateOnly today, string defaultZone)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        if (Title is { Length: > MaxTitle })
        {
            Add(GroupRunField.Title, $"Keep the title to {MaxTitle} characters.");
        }

        if (Notes is { Length: > MaxNotes })
        {
            Add(GroupRunField.Notes, $"Keep the notes to {MaxNotes} characters.");
        }

        if (Invitees is { Count: > MaxInvitees })
        {
            Add(GroupRunField.Invitees, $"Invite at most {MaxInvitees} clients to one run.");
        }

        DateOnly date = default;
        if (string.IsNullOrWhiteSpace(Date))
        {
            Add(GroupRunField.Date, "Choose the date.");
        }
        else if (!DateOnly.TryParseExact(Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            Add(GroupRunField.Date, "Give the date as year-month-day, e.g. 2026-12-21.");
        }
        else if (date < today)
        {
            Add(GroupRunField.Date, "The date has passed: choose today or a later day.");
        }
        else if (date > today.AddDays(MaxDaysAhead))
        {
            Add(GroupRunField.Date, "Choose a date within the next two years.");
        }

        TimeOnly time = default;
        if (string.IsNullOrWhiteSpace(Time))
        {
            Add(GroupRunField.Time, "Choose the meeting time.");
        }
        else if (!TimeOnly.TryParseExact(Time.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            Add(GroupRunField.Time, "Give the time as hours and minutes, e.g. 06:00.");
        }

        var place = PlaceName?.Trim();
        if (string.IsNullOrEmpty(place))
        {
            Add(GroupRunField.PlaceName, "Say where the group meets.");
        }
        else if (place.Length > MaxPlace)
        {
            Add(GroupRunField.PlaceName, $"Keep the place name to {MaxPlace} characters.");
        }

        if (Latitude is not { } lat || !double.IsFinite(lat) || lat is < -90 or > 90)
        {
            Add(GroupRunField.Latitude, "Give the latitude in degrees, between -90 and 90 (e.g. 51.5074).");
        }

        if (Longitude is not { } lon || !double.IsFinite(lon) || lon is < -180 or > 180)
        {
            Add(GroupRunField.Longitude, "Give the longitude in degrees, between -180 and 180, east positive (e.g. -0.1278).");
        }

        var zoneId = string.IsNullOrWhiteSpace(TimeZone) ? defaultZone : TimeZone.Trim();
        var zone = TimeZones.Find(zoneId);
        if (zone is null)
        {
            Add(GroupRunField.TimeZone, "Choose a time zone from the list, e.g. Europe/London.");
        }

        var days = new List<DayOfWeek>();
        foreach (var text in RepeatDays ?? [])
        {
            if (WeekdayText.TryParse(text, out var day))
            {
                if (!days.Contains(day))
                {
                    days.Add(day);
                }
            }
            else
            {
                Add(GroupRunField.RepeatDays, $"\"{text}\" is not a day of the week; use mon, tue, wed, thu, fri, sat or sun.");
            }
        }

        var weeks = 1;
        if (days.Count > 0 || RepeatDays is { Count: > 0 })
        {
            if (Weeks is not { } w || w is < 1 or > MaxWeeks)
            {
                Add(GroupRunField.Weeks, $"A series runs for 1 to {MaxWeeks} weeks.");
            }
            else
            {
                weeks = w;
            }
        }
        else if (Weeks is > 1)
        {
            Add(GroupRunField.RepeatDays, "Choose the days of the week the series repeats on.");
        }

        var invitees = (Invitees ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct(StringComparer.Ordinal).ToArray();
        var result = errors.Count > 0 ? null : new GroupRunRequest(
            string.IsNullOrWhiteSpace(Title) ? "Group run" : Title.Trim(), place!, new Coordinates(Latitude!.Value, Longitude!.Value), zone!,
            GroupRunSchedule.Dates(date, days, weeks), time, invitees, string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim());
        return new GroupRunCheck(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal), result);
    }
}

/// <summary>What <see cref="GroupRunInput.Validate"/> found: field name → messages, and the request when there are none.</summary>
public sealed record GroupRunCheck(IReadOnlyDictionary<string, string[]> Errors, GroupRunRequest? Request)
{
    public bool IsValid => Request is not null;
}

/// <summary>A checked group run: one or more dates at one local time and place.</summary>
/// <param name="Title">Its name.</param>
/// <param name="PlaceName">Where the group meets.</param>
/// <param name="Place">The meeting point.</param>
/// <param name="Zone">The place's time zone; every date's start is this local time in it.</param>
/// <param name="Dates">The dates, in order (one for a single run).</param>
/// <param name="Time">The local meeting time.</param>
/// <param name="Invitees">Client account ids, without duplicates (the caller checks they are the coach's clients).</param>
/// <param name="Notes">Notes for the group, or null.</param>
public sealed record GroupRunRequest(
    string Title, string PlaceName, Coordinates Place, TimeZoneInfo Zone, IReadOnlyList<DateOnly> Dates, TimeOnly Time,
    IReadOnlyList<string> Invitees, string? Notes)
{
    /// <summary>The start of the run on <paramref name="date"/>: the local time in <see cref="Zone"/>, DST included.</summary>
    public DateTimeOffset StartOn(DateOnly date) => GroupRunSchedule.Start(date, Time, Zone);
}
