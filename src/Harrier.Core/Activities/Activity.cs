namespace Harrier.Core.Activities;

/// <summary>An activity as read from a watch file: the samples plus whatever summaries the device wrote.</summary>
/// <remarks>
/// Samples are in file order (which for every format we read is time order). Several FIT files chained in one stream,
/// or several TCX activities in one file, are merged into one activity with several <see cref="Sessions"/>.
/// </remarks>
public sealed class Activity
{
    public required ActivityFormat Format { get; init; }

    public ActivitySport Sport { get; init; }

    /// <summary>The start: the first session's start, else the first timed sample, else the file's creation time.</summary>
    public DateTime? StartUtc { get; init; }

    public ReadOnlyMemory<ActivitySample> Samples { get; init; }

    public IReadOnlyList<ActivityTotals> Laps { get; init; } = [];

    public IReadOnlyList<ActivityTotals> Sessions { get; init; } = [];

    public IReadOnlyList<TimerPause> TimerPauses { get; init; } = [];

    /// <summary>Beat-to-beat (R-R) intervals in seconds, from FIT hrv messages.</summary>
    public IReadOnlyList<double> RrIntervalsSeconds { get; init; } = [];

    public IReadOnlyList<DeveloperFieldSummary> DeveloperFields { get; init; } = [];

    /// <summary>Device or program that wrote the file, when the file says (e.g. "garmin 2697" or a GPX creator).</summary>
    public string? Creator { get; init; }

    /// <summary>A name from the file (GPX track name, TCX notes), if any.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The offset of the runner's local time from UTC when the file says (FIT activity.local_timestamp − timestamp, rounded
    /// to 15 minutes); null otherwise. A hint for choosing the run's time zone.
    /// </summary>
    public TimeSpan? UtcOffset { get; init; }

    /// <summary>The FIT file type (4 = activity, 2 = settings, …) for FIT files; null otherwise.</summary>
    public int? FitFileType { get; init; }
}
