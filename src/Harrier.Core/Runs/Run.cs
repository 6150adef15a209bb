using Harrier.Core.Units;

namespace Harrier.Core.Runs;

/// <summary>One run in a runner's log, entered by hand or imported from a watch file.</summary>
/// <remarks>
/// The start is kept as a UTC instant together with the IANA time zone the runner was in, so a 6 a.m. run stays a
/// 6 a.m. run when displayed, whatever the server's zone and across daylight-saving changes.
/// </remarks>
public sealed class Run
{
    private string _timeZoneId = "Etc/UTC";
    private string? _notes;
    private string? _name;

    public int Id { get; set; }

    /// <summary>The runner who owns the run (the account's id).</summary>
    public required string OwnerId { get; set; }

    /// <summary>Start instant in UTC (<see cref="DateTimeKind.Utc"/>).</summary>
    public DateTime StartUtc
    {
        get;
        set => field = value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException("The start must be a UTC time.", nameof(value));
    }

    /// <summary>IANA zone the run is shown in, e.g. "Europe/London".</summary>
    public string TimeZoneId
    {
        get => _timeZoneId;
        set => _timeZoneId = TimeZones.Find(value)?.Id ?? throw new ArgumentException($"Unknown time zone '{value}'.", nameof(value));
    }

    public Distance Distance { get; set; }

    public TimeSpan Duration
    {
        get;
        set => field = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A run lasts more than zero seconds.");
    } = TimeSpan.FromMinutes(1);

    /// <summary>Perceived effort, or null for an imported run the runner has not rated yet.</summary>
    public Effort? Effort { get; set; }

    public Surface Surface { get; set; }

    public int? ShoeId { get; set; }

    public Shoe? Shoe { get; set; }

    /// <summary>The run's title ("Morning Run", "Parkrun"): the export's or the file's name, or what the runner typed.</summary>
    public string? Name
    {
        get => _name;
        set => _name = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>What the runner wrote about the run (an export's description lands here).</summary>
    public string? Notes
    {
        get => _notes;
        set => _notes = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public RunSource Source { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Session load (RPE × minutes, AU), or null until the run's effort is rated.</summary>
    public double? EffortLoad => Effort is { } effort ? SessionLoad.Of(effort, Duration) : null;

    /// <summary>
    /// Banister TRIMP of the recorded heart rate against the runner's maximum and resting heart rate; null without heart rate
    /// or without those settings. Stored, and set again when the runner changes them (see <see cref="Load.Trimp"/>).
    /// </summary>
    public double? HeartRateLoad { get; set; }

    /// <summary>The run's loads and the training load it adds, by the one rule in <see cref="RunLoad.Of"/>.</summary>
    public RunLoad LoadWith(Load.LoadCalibration calibration) => RunLoad.Of(EffortLoad, HeartRateLoad, calibration);

    /// <summary>The file this run was imported from, with its streams and metrics; null for a run entered by hand.</summary>
    public RunRecording? Recording { get; set; }

    public Pace? AveragePace => Pace.Of(Distance, Duration);

    /// <summary>Writes a hand-entered run onto this one (new or edited) and stamps the times; a new run is marked manual.</summary>
    public void Enter(RunEntry entry, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(entry);
        StartUtc = entry.StartUtc;
        TimeZoneId = entry.TimeZoneId;
        Distance = entry.Distance;
        Duration = entry.Duration;
        Effort = entry.Effort;
        Surface = entry.Surface;
        ShoeId = entry.ShoeId;
        Notes = entry.Notes;
        Name = entry.Name;
        UpdatedUtc = nowUtc;
        if (Id == 0)
        {
            CreatedUtc = nowUtc;
            Source = RunSource.Manual;
        }
    }

    /// <summary>The start as a wall-clock time in the run's own zone.</summary>
    public DateTime LocalStart => TimeZoneInfo.ConvertTimeFromUtc(StartUtc, TimeZones.Get(TimeZoneId));
}
