using Harrier.Core.Activities;
using Harrier.Core.Units;

namespace Harrier.Core.Runs;

/// <summary>
/// A session that is not running or walking (a triathlon's swim or bike leg, a transition, a ride from the same watch), kept
/// with its sport and time. Its distance is never running distance: it counts in no running total, shoe or load.
/// </summary>
public sealed class CrossTraining
{
    private string _timeZoneId = TimeZones.Utc;
    private string? _name;

    public int Id { get; set; }

    /// <summary>The runner who owns it (the account's id).</summary>
    public required string OwnerId { get; set; }

    /// <summary>Start instant in UTC (<see cref="DateTimeKind.Utc"/>).</summary>
    public DateTime StartUtc
    {
        get;
        set => field = value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException("The start must be a UTC time.", nameof(value));
    }

    /// <summary>IANA zone it is shown in.</summary>
    public string TimeZoneId
    {
        get => _timeZoneId;
        set => _timeZoneId = TimeZones.Find(value)?.Id ?? throw new ArgumentException($"Unknown time zone '{value}'.", nameof(value));
    }

    /// <summary>Cycling, swimming, transition or another sport; never running or walking.</summary>
    public ActivitySport Sport { get; set; }

    /// <summary>How long it lasted (elapsed time, else timer time).</summary>
    public TimeSpan Duration { get; set; }

    /// <summary>Its own distance (a ride's, a swim's), kept for the record and never added to running distance.</summary>
    public Distance Distance { get; set; }

    /// <summary>A title from the export or the file, if any.</summary>
    public string? Name
    {
        get => _name;
        set => _name = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>Time-weighted average heart rate, beats per minute, when recorded.</summary>
    public double? AverageHeartRate { get; set; }

    /// <summary>The file it came from, as the runner had it.</summary>
    public required string FileName { get; set; }

    /// <summary>Lower-case hex SHA-256 recognising the same file (or the same leg of it) imported again.</summary>
    public required string Sha256 { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The start as a wall-clock time in its own zone.</summary>
    public DateTime LocalStart => TimeZoneInfo.ConvertTimeFromUtc(StartUtc, TimeZones.Get(TimeZoneId));
}
