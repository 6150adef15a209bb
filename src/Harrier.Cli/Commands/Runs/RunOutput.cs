using System.Text.Json;
using System.Text.Json.Serialization;
using Harrier.Core.Load;
using Harrier.Core.Runs;

namespace Harrier.Cli.Commands.Runs;

/// <summary>A run as the CLI prints it with --json; the same field names as the web API.</summary>
/// <param name="EffortLoad">Session RPE × minutes (AU); null until rated.</param>
/// <param name="HeartRateLoad">Banister TRIMP; null without heart rate or the runner's heart rates.</param>
/// <param name="Load">The training load it adds (effort load, else heart-rate load × calibration).</param>
internal sealed record RunOutput(
    int Id, DateTimeOffset StartTime, DateTime LocalStart, string TimeZone, string? Name, double DistanceMeters, double DurationSeconds,
    int? Rpe, string? RpeLabel, Surface Surface, string? Shoe, string? Notes, double? EffortLoad, double? HeartRateLoad, double? Load,
    LoadBasis LoadBasis, double? PaceSecondsPerKm, RunSource Source)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static RunOutput From(Run run, LoadCalibration calibration)
    {
        var load = run.LoadWith(calibration);
        return new(
            run.Id, new DateTimeOffset(run.StartUtc), run.LocalStart, run.TimeZoneId, run.Name, run.Distance.Meters, run.Duration.TotalSeconds,
            run.Effort?.Value, run.Effort?.Label, run.Surface, run.Shoe?.Name, run.Notes, Round(load.EffortLoad), Round(load.HeartRateLoad),
            Round(load.Value), load.Basis, run.AveragePace is { } p ? Math.Round(p.SecondsPerKilometer, 1) : null, run.Source);
    }

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}
