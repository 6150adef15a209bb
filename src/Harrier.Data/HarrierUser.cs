using Harrier.Core;
using Harrier.Core.Load;
using Harrier.Core.Log;
using Harrier.Core.Units;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Data;

/// <summary>An account: every account is a runner; some are also coaches (the "coach" role).</summary>
public sealed class HarrierUser : IdentityUser
{
    /// <summary>The name shown on pages; defaults to the part of the e-mail before the @.</summary>
    public string DisplayName { get; set; } = "";

    public DistanceUnit DistanceUnit { get; set; } = DistanceUnit.Kilometers;

    /// <summary>IANA time zone used to show times and to cut the log into weeks.</summary>
    public string TimeZoneId { get; set; } = TimeZones.Utc;

    /// <summary>True only for the accounts created by the demo switch.</summary>
    public bool IsDemo { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The secret in the runner's private calendar-feed address; null when no feed is enabled. Revoking replaces or clears it.</summary>
    public string? CalendarToken { get; set; }

    /// <summary>Maximum heart rate in beats per minute, for the heart-rate load; null until the runner gives it.</summary>
    public int? MaxHeartRate { get; set; }

    /// <summary>Resting heart rate in beats per minute, for the heart-rate load; null until the runner gives it.</summary>
    public int? RestingHeartRate { get; set; }

    /// <summary>Optional: picks Banister's women's or men's constants (men's when not given).</summary>
    public Sex? Sex { get; set; }

    /// <summary>The heart rates the heart-rate load is measured against, or null until both are given.</summary>
    public HeartRateProfile? HeartRateProfile => HeartRateProfile.TryCreate(MaxHeartRate, RestingHeartRate, Sex);

    public TimeZoneInfo TimeZone => TimeZones.Find(TimeZoneId) ?? TimeZoneInfo.Utc;

    /// <summary>Today in the runner's own calendar: the day plans, check-ins and "this week" are counted from.</summary>
    public DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return TrainingLog.LocalDay(clock.GetUtcNow().UtcDateTime, TimeZone);
    }
}
