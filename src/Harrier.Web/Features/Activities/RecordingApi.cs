using System.Security.Claims;
using Harrier.Core.Activities;
using Harrier.Core.Runs;
using Harrier.Data;
using Harrier.Data.Import;
using Harrier.Data.Log;
using Harrier.Web.Features.Runs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Features.Activities;

/// <summary>An imported run's stored metrics, splits, best efforts and streams, and its original file as uploaded.</summary>
public static class RecordingApi
{
    public static RouteGroupBuilder MapRecordingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/runs/{id:int}").WithTags("Runs").RequireAuthorization();
        api.MapGet("/recording", GetAsync).WithName("GetRecording")
            .WithSummary("The metrics stored at import (with their formulas version), splits, best efforts and streams of an imported run.");
        api.MapGet("/original", OriginalAsync).WithName("GetOriginalFile").WithSummary("The file the run was imported from, exactly as uploaded.");
        return api;
    }

    private static async Task<Results<Ok<RecordingResponse>, NotFound>> GetAsync(
        int id, ClaimsPrincipal user, UserManager<HarrierUser> users, HarrierDbContext db, CancellationToken ct)
    {
        var owner = users.GetUserId(user)!;
        var run = await db.Runs.AsNoTracking().OwnedBy(owner).Include(r => r.Recording).Include(r => r.Shoe).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (run?.Recording is null)
        {
            return TypedResults.NotFound();
        }

        var calibration = await new RunnerLog(db).CalibrationAsync(owner, ct);
        return TypedResults.Ok(RecordingResponse.From(RunResponse.From(run, calibration), run.Recording, StreamCodec.Decode(run.Recording.Streams)));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> OriginalAsync(
        int id, ClaimsPrincipal user, UserManager<HarrierUser> users, HarrierDbContext db, CancellationToken ct)
    {
        var owner = users.GetUserId(user)!;
        var file = await db.RunRecordings.AsNoTracking().Where(r => r.RunId == id && r.OwnerId == owner)
            .Select(r => new { r.FileName, r.Original!.Stored }).SingleOrDefaultAsync(ct);
        return file is null
            ? TypedResults.NotFound()
            : TypedResults.File(OriginalFile.Restore(file.FileName, file.Stored), OriginalFile.ContentType(file.FileName), file.FileName);
    }
}

/// <summary>A recorded run: its log entry, the metrics stored at import and its streams.</summary>
/// <param name="Device">The device or app that wrote the file, as a person would name it ("Garmin Forerunner 935").</param>
/// <param name="MetricsVersion">The formulas version the metrics were computed with.</param>
/// <param name="MetricsCurrent">False when they await <c>harrier recompute</c> after a change of formulas.</param>
/// <param name="Cadence">Average cadence while moving, steps per minute.</param>
/// <param name="MaxCadence">Highest cadence while moving, steps per minute.</param>
/// <param name="BestEfforts">The fastest 1 km, 5 km and 10 km within this run (elapsed time), for the distances it covers.</param>
/// <param name="KilometerSplits">Per kilometre by moving time; the last shows its real distance.</param>
/// <param name="MileSplits">Per mile by moving time.</param>
public sealed record RecordingResponse(
    RunResponse Run, string FileName, string Format, string Sport, string? Device, int SampleCount, int MetricsVersion, bool MetricsCurrent,
    double ElapsedSeconds, double MovingSeconds, double AscentMeters, double DescentMeters, double ClimbPerKilometer, double? AverageHeartRate,
    double? MaxHeartRate, double? Cadence, double? MaxCadence, double? GradeAdjustedSecondsPerKilometer, IReadOnlyList<BestEffortResponse> BestEfforts,
    IReadOnlyList<SplitResponse> KilometerSplits, IReadOnlyList<SplitResponse> MileSplits, StreamsResponse Streams, IReadOnlyList<string> Issues)
{
    public static RecordingResponse From(RunResponse run, RunRecording recording, ActivitySample[] samples)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(recording);
        var m = recording.Metrics;
        return new RecordingResponse(
            run, recording.FileName, recording.Format.ToString().ToLowerInvariant(), recording.Sport.ToString().ToLowerInvariant(), recording.Creator,
            recording.SampleCount, m.Version, m.IsCurrent, Round(m.ElapsedTime.TotalSeconds), Round(m.MovingTime.TotalSeconds), Round(m.AscentMeters),
            Round(m.DescentMeters), Round(m.ClimbPerKilometer), Round(m.AverageHeartRate), m.MaxHeartRate, Round(m.Cadence), Round(m.MaxCadence),
            Round(m.GradeAdjustedPace?.SecondsPerKilometer), [.. m.BestEfforts.Select(BestEffortResponse.From)],
            [.. m.KilometerSplits.Select(SplitResponse.From)], [.. m.MileSplits.Select(SplitResponse.From)],
            StreamsResponse.From(samples, run.StartTime.UtcDateTime), recording.Issues?.Split('\n') ?? []);
    }

    private static double Round(double value) => Math.Round(value, 1);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}

/// <summary>A best effort within one run: its distance and elapsed time.</summary>
public sealed record BestEffortResponse(double DistanceMeters, double Seconds)
{
    public static BestEffortResponse From(BestEffort effort) => new(effort.Distance.Meters, Math.Round(effort.Time.TotalSeconds, 1));
}

public sealed record SplitResponse(int Number, double DistanceMeters, double MovingSeconds)
{
    public static SplitResponse From(Split split) =>
        new(split.Number, split.Distance.Meters, Math.Round(split.MovingTime.TotalSeconds, 1));
}

/// <summary>The recorded samples as parallel arrays; null where the device recorded nothing. Cadence is in steps per minute.</summary>
public sealed record StreamsResponse(
    double?[] Seconds, double?[] Latitude, double?[] Longitude, double?[] DistanceMeters, double?[] AltitudeMeters, double?[] HeartRate, double?[] Cadence)
{
    public static StreamsResponse From(ActivitySample[] samples, DateTime start)
    {
        ArgumentNullException.ThrowIfNull(samples);
        static double? N(double v) => double.IsFinite(v) ? Math.Round(v, 7) : null;
        return new StreamsResponse(
            samples.Select(s => s.HasTime ? (double?)(s.TimeUtc - start).TotalSeconds : null).ToArray(),
            samples.Select(s => N(s.Latitude)).ToArray(), samples.Select(s => N(s.Longitude)).ToArray(),
            samples.Select(s => N(s.DistanceMeters)).ToArray(), samples.Select(s => N(s.AltitudeMeters)).ToArray(),
            samples.Select(s => N(s.HeartRate)).ToArray(), samples.Select(s => N(s.Cadence)).ToArray());
    }
}
