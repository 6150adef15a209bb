using System.Globalization;
using Harrier.Core;

namespace Harrier.Cli.Commands.Daylight;

/// <summary>Parses the daylight command's arguments with the invariant culture; null when a value is not valid.</summary>
internal static class DaylightArguments
{
    public static double? Latitude(string? text) => Degrees(text, 90);

    public static double? Longitude(string? text) => Degrees(text, 180);

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static TimeOnly? Time(string? text) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    /// <summary>The meeting as an instant: a time skipped by a clock change moves forward, a repeated one is the first.</summary>
    public static DateTimeOffset Meeting(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var utc = TimeZones.ToUtc(date.ToDateTime(time), zone);
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(utc), zone);
    }

    private static double? Degrees(string? text, double limit) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && Math.Abs(v) <= limit ? v : null;
}
