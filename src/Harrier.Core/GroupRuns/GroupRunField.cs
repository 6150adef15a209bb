namespace Harrier.Core.GroupRuns;

/// <summary>
/// The names <see cref="GroupRunInput.Validate"/> keys its messages by: the API's camelCase field names; the web form and the CLI
/// map them to their own fields and options.
/// </summary>
public static class GroupRunField
{
    public const string Title = "title";
    public const string Date = "date";
    public const string Time = "time";
    public const string PlaceName = "placeName";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string TimeZone = "timeZone";
    public const string RepeatDays = "repeatDays";
    public const string Weeks = "weeks";
    public const string Invitees = "invitees";
    public const string Notes = "notes";
}
