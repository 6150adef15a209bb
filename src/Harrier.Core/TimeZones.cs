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
    public static IReadOnlyList<string> All { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Where(z => z.HasIanaId)
        .Select(z => z.Id)
        .Order(StringComparer.Ordinal)
        .ToArray();
}
