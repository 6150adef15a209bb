using System.ComponentModel.DataAnnotations;
using Harrier.Core.Runs;

namespace Harrier.Web.Features.Runs;

/// <summary>A run as the API accepts it: SI units, the start as an ISO 8601 instant.</summary>
/// <param name="StartTime">When the run started, with its UTC offset, e.g. 2026-11-24T06:30:00+00:00.</param>
/// <param name="TimeZone">IANA zone to show the run in; defaults to the runner's zone.</param>
public sealed record RunRequest(
    [property: Required] DateTimeOffset? StartTime,
    [property: Required, Range(0.001, 1e7)] double? DistanceMeters,
    [property: Required, Range(1, 1e7)] double? DurationSeconds,
    [property: Required, Range(Effort.Min, Effort.Max)] int? Rpe,
    Surface? Surface = null,
    int? ShoeId = null,
    [property: StringLength(4000)] string? Notes = null,
    string? TimeZone = null);

/// <summary>A run as the API returns it.</summary>
/// <param name="LocalStart">The start as a wall-clock time in <paramref name="TimeZone"/>.</param>
/// <param name="Load">Session load: RPE × minutes (Foster 1998).</param>
public sealed record RunResponse(
    int Id,
    DateTimeOffset StartTime,
    DateTime LocalStart,
    string TimeZone,
    double DistanceMeters,
    double DurationSeconds,
    int? Rpe,
    string? RpeLabel,
    Surface Surface,
    int? ShoeId,
    string? ShoeName,
    string? Notes,
    double? Load,
    double? PaceSecondsPerKm,
    RunSource Source)
{
    public static RunResponse From(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new RunResponse(
            run.Id, new DateTimeOffset(run.StartUtc), run.LocalStart, run.TimeZoneId, run.Distance.Meters, run.Duration.TotalSeconds,
            run.Effort?.Value, run.Effort?.Label, run.Surface, run.ShoeId, run.Shoe?.Name, run.Notes, run.Load is { } load ? Math.Round(load, 1) : null,
            run.AveragePace is { } pace ? Math.Round(pace.SecondsPerKilometer, 1) : null, run.Source);
    }
}

/// <summary>One week of the log with its totals.</summary>
public sealed record WeekResponse(DateOnly Start, DateOnly End, int Runs, double DistanceMeters, double DurationSeconds, double Load, IReadOnlyList<RunResponse> RunList);
