namespace Harrier.Core;

/// <summary>Looks up IANA time zones; runners' zones are stored by IANA id.</summary>
public static class TimeZones
{
    public const string Utc = "Etc/UTC";

    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone))
        {
            return null;
        }

        // Normalise Windows ids to IANA so the stored value is portable.
        return zone.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? zone : TimeZoneInfo.FindSystemTimeZoneById(iana);
    }

    public static TimeZoneInfo Get(string id) => Find(id) ?? throw new ArgumentException($"Unknown time zone '{id}'.", nameof(id));

    /// <summary>IANA ids for pickers, sorted.</summary>
    /// <remarks>Always holds <see cref="Utc"/>, the default a form starts from, which some systems do not list.</remarks>
    public static IReadOnlyList<string> All { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Where(z => z.HasIanaId)
        .Select(z => z.Id)
        .Append(Utc)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// An instant as the wall clock in <paramref name="zone"/> shows it, written for people: "30 Nov 06:12"
    /// (<paramref name="withYear"/>: "30 Nov 2026 06:12"). <paramref name="utc"/> is read as UTC whatever its kind.
    /// </summary>
    public static string ShortLocal(DateTime utc, TimeZoneInfo zone, bool withYear = false)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return local.ToString(withYear ? "d MMM yyyy HH:mm" : "d MMM HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Converts a wall-clock time in <paramref name="zone"/> to UTC.</summary>
    /// <remarks>
    /// A time that falls in a spring-forward gap is moved forward by the gap (02:30 becomes 03:30); a time that occurs twice
    /// when clocks go back is taken as the first occurrence. This is NodaTime's "lenient" resolver.
    /// </remarks>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            var rule = zone.GetAdjustmentRules().FirstOrDefault(r => r.DateStart <= unspecified && r.DateEnd >= unspecified);
            unspecified = unspecified + (rule?.DaylightDelta ?? TimeSpan.FromHours(1));
        }

        if (zone.IsAmbiguousTime(unspecified))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(unspecified);
            var offset = offsets.Max();
            return DateTime.SpecifyKind(unspecified - offset, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }
}
