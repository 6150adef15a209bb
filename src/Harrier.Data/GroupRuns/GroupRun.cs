namespace Harrier.Data.GroupRuns;

/// <summary>
/// One group run: a coach's clients meet at a place and a local time, each to run their own session. Runs of a series share a
/// <see cref="SeriesId"/>. The local date and time are kept as set, and <see cref="StartUtc"/> is computed from them in the
/// place's zone, so 06:00 stays 06:00 across a clock change.
/// </summary>
public sealed class GroupRun
{
    public int Id { get; set; }

    public required string CoachId { get; set; }

    /// <summary>Shared by the runs created together as a series, or null for a single run.</summary>
    public string? SeriesId { get; set; }

    public required string Title { get; set; }

    public int PlaceId { get; set; }

    public MeetingPlace Place { get; set; } = null!;

    public int? RouteId { get; set; }

    public StoredRoute? Route { get; set; }

    /// <summary>The date in the place's zone.</summary>
    public DateOnly LocalDate { get; set; }

    /// <summary>The meeting time in the place's zone.</summary>
    public TimeOnly LocalTime { get; set; }

    /// <summary>The meeting instant, from <see cref="LocalDate"/> and <see cref="LocalTime"/> in the place's zone.</summary>
    public DateTime StartUtc { get; set; }

    public string? Notes { get; set; }

    /// <summary>Counts changes for calendars (iCal SEQUENCE): 0 when created, one more for each change or the cancellation.</summary>
    public int Sequence { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>When it was cancelled, or null.</summary>
    public DateTime? CancelledUtc { get; set; }

    /// <summary>When the coach last marked attendance, or null.</summary>
    public DateTime? AttendanceUtc { get; set; }

    public List<GroupRunInvitee> Invitees { get; set; } = [];

    public bool IsCancelled => CancelledUtc is not null;

    /// <summary>Whether the run can still be cancelled at <paramref name="nowUtc"/>: not cancelled and not yet started (a run that took place is history).</summary>
    public bool CanCancel(DateTime nowUtc) => !IsCancelled && StartUtc > nowUtc;
}
