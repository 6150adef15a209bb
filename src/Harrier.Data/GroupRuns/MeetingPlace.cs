namespace Harrier.Data.GroupRuns;

/// <summary>A place a coach's group meets, kept so the next group run can pick it again.</summary>
public sealed class MeetingPlace
{
    public int Id { get; set; }

    public required string CoachId { get; set; }

    public required string Name { get; set; }

    /// <summary>Degrees north (WGS 84).</summary>
    public double Latitude { get; set; }

    /// <summary>Degrees east (WGS 84).</summary>
    public double Longitude { get; set; }

    /// <summary>The place's IANA time zone; group runs there start at local times in it.</summary>
    public required string TimeZone { get; set; }

    public DateTime LastUsedUtc { get; set; }
}
