namespace Harrier.Data.GroupRuns;

/// <summary>A client invited to a group run: their answer, and after the run whether they came and how it went.</summary>
public sealed class GroupRunInvitee
{
    public int Id { get; set; }

    public int GroupRunId { get; set; }

    public required string RunnerId { get; set; }

    public RsvpAnswer Answer { get; set; }

    public DateTime? AnsweredUtc { get; set; }

    /// <summary>What the coach marked after the run, or null before.</summary>
    public Attendance? Attendance { get; set; }

    /// <summary>Pain during the run (0–10) when marked as hurt.</summary>
    public int? Pain { get; set; }

    public DateTime? AttendanceUtc { get; set; }

    /// <summary>When the coach took them off the run (their calendar then shows it cancelled), or null while invited.</summary>
    public DateTime? RemovedUtc { get; set; }

    public bool IsInvited => RemovedUtc is null;
}

/// <summary>A client's answer to a group-run invitation.</summary>
public enum RsvpAnswer
{
    /// <summary>Not answered yet.</summary>
    None,
    Yes,
    No,
    Maybe,
}

/// <summary>What the coach marked for a client after a group run.</summary>
public enum Attendance
{
    /// <summary>Came and did their session.</summary>
    Done,

    /// <summary>Came and stopped early.</summary>
    CutShort,

    /// <summary>Came and it hurt (with a pain score).</summary>
    Hurt,

    /// <summary>Did not come.</summary>
    Absent,
}
