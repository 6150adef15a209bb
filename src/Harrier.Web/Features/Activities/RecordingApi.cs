using System.Security.Claims;
using Harrier.Data;
using Harrier.Web.Features.Runs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Features.Activities;

/// <summary>An imported run's metrics, splits, streams and original file.</summary>
public static class RecordingApi
{
    public static RouteGroupBuilder MapRecordingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/runs/{id:int}").WithTags("Runs").RequireAuthorization();
        api.MapGet("/recording", GetAsync).WithName("GetRecording").WithSummary("Metrics, splits and streams of an imported run.");
        api.MapGet("/original", OriginalAsync).WithName("GetOriginalFile").WithSummary("The file the run was imported from.");
        return api;
    }

    private static async Task<Results<Ok<RecordingResponse>, NotFound>> GetAsync(
        int id, ClaimsPrincipal user, UserManager<HarrierUser> users, HarrierDbContext db, CancellationToken ct)
    {
        var run = await db.Runs.AsNoTracking().OwnedBy(users.GetUserId(user)!).Include(r => r.Recording).Include(r => r.Shoe)
            .SingleOrDefaultAsync(r => r.Id == id, ct);
        return run?.Recording is null ? TypedResults.NotFound() : TypedResults.Ok(RecordingResponse.From(run, RecordingView.From(run)));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> OriginalAsync(
        int id, ClaimsPrincipal user, UserManager<HarrierUser> users, HarrierDbContext db, CancellationToken ct)
    {
        var owner = users.GetUserId(user)!;
        var file = await db.RunRecordings.AsNoTracking().Where(r => r.RunId == id && r.OwnerId == owner)
            .Select(r => new { r.FileName, r.OriginalGzip }).SingleOrDefaultAsync(ct);
        if (file is null)
        {
            return TypedResults.NotFound();
        }

        var name = file.FileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? file.FileName : file.FileName + ".gz";
        return TypedResults.File(file.OriginalGzip, "application/gzip", name);
    }
}

public sealed record RecordingResponse(
    RunResponse Run, string FileName, string Format, string Sport, string? Creator, int SampleCount, double ElapsedSeconds, double MovingSeconds,
    double AscentMeters, double DescentMeters, double ClimbPerKilometer, double? AverageHeartRate, double? MaxHeartRate, double? AverageCadence,
    double? GradeAdjustedSecondsPerKilometer, IReadOnlyList<SplitResponse> KilometerSplits, IReadOnlyList<SplitResponse> MileSplits,
    StreamsResponse Streams, IReadOnlyList<string> Issues)
{
    public static RecordingResponse From(Core.Runs.Run run, RecordingView view)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(view);
        var r = view.Recording;
        return new RecordingResponse(
            RunResponse.From(run), r.FileName, r.Format.ToString().ToLowerInvariant(), r.Sport.ToString().ToLowerInvariant(), r.Creator,
            r.SampleCount, r.ElapsedSeconds, r.MovingSeconds, r.AscentMeters, r.DescentMeters, r.ClimbPerKilometer, r.AverageHeartRate,
            r.MaxHeartRate, r.AverageCadence, r.GradeAdjustedSecondsPerKilometer,
            view.Metrics.KilometerSplits.Select(SplitResponse.From).ToArray(), view.Metrics.MileSplits.Select(SplitResponse.From).ToArray(),
            StreamsResponse.From(view.Samples, run.StartUtc), r.Issues?.Split('\n') ?? []);
    }
}

public sealed record SplitResponse(int Number, double DistanceMeters, double MovingSeconds)
{
    public static SplitResponse From(Core.Activities.Split split) =>
        new(split.Number, split.Distance.Meters, Math.Round(split.MovingTime.TotalSeconds, 1));
}

/// <summary>The recorded samples as parallel arrays; null where the device recorded nothing.</summary>
public sealed record StreamsResponse(
    double?[] Seconds, double?[] Latitude, double?[] Longitude, double?[] DistanceMeters, double?[] AltitudeMeters, double?[] HeartRate, double?[] Cadence)
{
    public static StreamsResponse From(Core.Activities.ActivitySample[] samples, DateTime start)
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
