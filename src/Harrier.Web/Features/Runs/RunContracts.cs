using System.ComponentModel.DataAnnotations;
using Harrier.Core.Load;
using Harrier.Core.Runs;

namespace Harrier.Web.Features.Runs;

/// <summary>A run as the API accepts it: SI units, the start as an ISO 8601 instant.</summary>
/// <param name="StartTime">When the run started, with its UTC offset, e.g. 2026-11-24T06:30:00+00:00.</param>
/// <param name="TimeZone">IANA zone to show the run in; defaults to the runner's zone.</param>
/// <param name="Name">The run's title, e.g. "Parkrun"; optional.</param>
public sealed record RunRequest(
    [property: Required] DateTimeOffset? StartTime,
    [property: Required, Range(0.001, 1e7)] double? DistanceMeters,
    [property: Required, Range(1, 1e7)] double? DurationSeconds,
    [property: Required, Range(Effort.Min, Effort.Max)] int? Rpe,
    Surface? Surface = null,
    int? ShoeId = null,
    [property: StringLength(4000)] string? Notes = null,
    string? TimeZone = null,
    [property: StringLength(200)] string? Name = null);

/// <summary>A run as the API returns it, with its two loads labelled and the training load it adds.</summary>
/// <param name="LocalStart">The start as a wall-clock time in <paramref name="TimeZone"/>.</param>
/// <param name="Name">The run's title (an export's activity name, or what the runner typed).</param>
/// <param name="EffortLoad">Session RPE × minutes (Foster, AU); null until the run is rated.</param>
/// <param name="HeartRateLoad">Banister TRIMP from the recorded heart rate and the runner's heart rates; null without them.</param>
/// <param name="Load">The training load the run adds, on the session-RPE scale: the effort load, else the heart-rate load × the
/// runner's calibration (see <paramref name="LoadBasis"/>); null with neither.</param>
/// <param name="LoadBasis">"effort", "heart-rate" or "none".</param>
/// <param name="HasRecording">True when the run was imported from a file (see <c>GET /api/runs/{id}/recording</c>); every run,
/// recorded or not, has its page at <c>/runs/{id}</c>.</param>
public sealed record RunResponse(
    int Id,
    DateTimeOffset StartTime,
    DateTime LocalStart,
    string TimeZone,
    string? Name,
    double DistanceMeters,
    double DurationSeconds,
    int? Rpe,
    string? RpeLabel,
    Surface Surface,
    int? ShoeId,
    string? ShoeName,
    string? Notes,
    double? EffortLoad,
    double? HeartRateLoad,
    double? Load,
    LoadBasis LoadBasis,
    double? PaceSecondsPerKm,
    RunSource Source,
    bool HasRecording)
{
    public static RunResponse From(Run run, LoadCalibration calibration)
    {
        ArgumentNullException.ThrowIfNull(run);
        var load = run.LoadWith(calibration);
        return new RunResponse(
            run.Id, new DateTimeOffset(run.StartUtc), run.LocalStart, run.TimeZoneId, run.Name, run.Distance.Meters, run.Duration.TotalSeconds,
            run.Effort?.Value, run.Effort?.Label, run.Surface, run.ShoeId, run.Shoe?.Name, run.Notes, Round(load.EffortLoad), Round(load.HeartRateLoad),
            Round(load.Value), load.Basis, run.AveragePace is { } pace ? Math.Round(pace.SecondsPerKilometer, 1) : null, run.Source,
            run.Source == RunSource.Imported);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}

/// <summary>One week of the log with its totals.</summary>
/// <param name="Load">Training load of the week's runs (rated runs by effort, unrated ones by calibrated heart-rate load).</param>
/// <param name="EffortLoad">Sum of session-RPE loads of the rated runs.</param>
/// <param name="HeartRateLoad">Sum of heart-rate loads (TRIMP) of the runs that have one.</param>
/// <param name="NoLoad">Runs with neither an effort rating nor heart rate: they add no load.</param>
/// <param name="CrossTraining">The week's cross-training: listed, never counted in distance or load.</param>
public sealed record WeekResponse(
    DateOnly Start, DateOnly End, int Runs, double DistanceMeters, double DurationSeconds, double Load, double EffortLoad, double HeartRateLoad,
    int NoLoad, IReadOnlyList<RunResponse> RunList, IReadOnlyList<CrossTrainingResponse> CrossTraining);

/// <summary>A cross-training session (a swim, ride or transition) kept with its sport and time.</summary>
public sealed record CrossTrainingResponse(
    int Id, DateTimeOffset StartTime, DateTime LocalStart, string Sport, string? Name, double DurationSeconds, double DistanceMeters, double? AverageHeartRate)
{
    public static CrossTrainingResponse From(CrossTraining entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new CrossTrainingResponse(entry.Id, new DateTimeOffset(entry.StartUtc), entry.LocalStart, entry.Sport.ToString().ToLowerInvariant(),
            entry.Name, entry.Duration.TotalSeconds, entry.Distance.Meters, entry.AverageHeartRate);
    }
}
