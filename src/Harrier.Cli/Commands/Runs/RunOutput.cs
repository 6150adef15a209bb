using System.Text.Json;
using System.Text.Json.Serialization;
using Harrier.Core.Runs;

namespace Harrier.Cli.Commands.Runs;

/// <summary>A run as the CLI prints it with --json; the same field names as the web API.</summary>
internal sealed record RunOutput(
    int Id, DateTimeOffset StartTime, DateTime LocalStart, string TimeZone, double DistanceMeters, double DurationSeconds,
    int? Rpe, string? RpeLabel, Surface Surface, string? Shoe, string? Notes, double? Load, double? PaceSecondsPerKm, RunSource Source)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static RunOutput From(Run run) => new(
        run.Id, new DateTimeOffset(run.StartUtc), run.LocalStart, run.TimeZoneId, run.Distance.Meters, run.Duration.TotalSeconds, run.Effort?.Value,
        run.Effort?.Label, run.Surface, run.Shoe?.Name, run.Notes, run.Load is { } load ? Math.Round(load, 1) : null,
        run.AveragePace is { } p ? Math.Round(p.SecondsPerKilometer, 1) : null, run.Source);

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, Options);
}
