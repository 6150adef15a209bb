namespace Harrier.Core.Activities;

/// <summary>One activity as read from a watch file: the samples plus whatever summaries the device wrote.</summary>
/// <remarks>
/// Samples are in time order. A file can hold several activities (the legs of a triathlon, two runs in one FIT file,
/// several TCX activities, GPX tracks recorded hours apart); readers give one <see cref="Activity"/> per session, whose
/// <see cref="Sessions"/> then holds that session's own summary (or nothing when the file has none).
/// </remarks>
public sealed record Activity
{
    public required ActivityFormat Format { get; init; }

    public ActivitySport Sport { get; init; }

    /// <summary>The start: the session's start, else the first timed sample, else the file's creation time.</summary>
    public DateTime? StartUtc { get; init; }

    public ReadOnlyMemory<ActivitySample> Samples { get; init; }

    /// <summary>
    /// Indices of samples that begin a new recorded segment after the first (GPX <c>trkseg</c>, TCX <c>Track</c>): the GPS
    /// was off or lost in between, so the straight line across the gap is not distance covered.
    /// </summary>
    public IReadOnlyList<int> SegmentStarts { get; init; } = [];

    public IReadOnlyList<ActivityTotals> Laps { get; init; } = [];

    public IReadOnlyList<ActivityTotals> Sessions { get; init; } = [];

    public IReadOnlyList<TimerPause> TimerPauses { get; init; } = [];

    /// <summary>Beat-to-beat (R-R) intervals in seconds, from FIT hrv messages.</summary>
    public IReadOnlyList<double> RrIntervalsSeconds { get; init; } = [];

    public IReadOnlyList<DeveloperFieldSummary> DeveloperFields { get; init; } = [];

    /// <summary>Device or program that wrote the file, as a person would name it (e.g. "Garmin Forerunner 935" or a GPX creator).</summary>
    public string? Creator { get; init; }

    /// <summary>A name from the file (GPX track name, TCX notes, FIT sport name), if any.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The offset of the runner's local time from UTC when the file says (FIT activity.local_timestamp − timestamp, rounded
    /// to 15 minutes); null otherwise. A hint for choosing the run's time zone.
    /// </summary>
    public TimeSpan? UtcOffset { get; init; }

    /// <summary>The FIT file type (4 = activity, 2 = settings, …) for FIT files; null otherwise.</summary>
    public int? FitFileType { get; init; }

    /// <summary>True for a planned route or course (GPX <c>rte</c>, TCX <c>Course</c>): a plan, not a recording.</summary>
    public bool Planned { get; init; }

    /// <summary>True when the file ends early (truncated, or its XML breaks off), so the end of this activity may be missing.</summary>
    public bool CutShort { get; init; }
}
