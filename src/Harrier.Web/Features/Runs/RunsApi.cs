using System.Security.Claims;
using Harrier.Core;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data;
using Harrier.Data.Log;
using Harrier.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Features.Runs;

/// <summary>The runner's own runs. Another runner's run answers 404, exactly like a run that does not exist.</summary>
public static class RunsApi
{
    public static RouteGroupBuilder MapRunsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/runs").WithTags("Runs").RequireAuthorization();
        api.MapGet("/", ListAsync).WithName("ListRuns").WithSummary("Runs that started in [from, to), newest first.");
        api.MapGet("/{id:int}", GetAsync).WithName("GetRun");
        api.MapPost("/", CreateAsync).WithName("CreateRun")
            .WithSummary("Log a run; on a planned session's day it completes that session when it clearly matches (same day, roughly its time).");
        api.MapPut("/{id:int}", UpdateAsync).WithName("UpdateRun");
        api.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteRun");
        return api;
    }

    private static async Task<Ok<RunResponse[]>> ListAsync(
        ClaimsPrincipal user, UserManager<HarrierUser> users, HarrierDbContext db, DateTimeOffset? from, DateTimeOffset? to, int? limit, CancellationToken ct)
    {
        var owner = users.GetUserId(user)!;
        var query = db.Runs.AsNoTracking().OwnedBy(owner).Include(r => r.Shoe).AsQueryable();
        if (from is { } f)
        {
            query = query.Where(r => r.StartUtc >= f.UtcDateTime);
        }

        if (to is { } t)
        {
            query = query.Where(r => r.StartUtc < t.UtcDateTime);
        }

        var runs = await query.OrderByDescending(r => r.StartUtc).Take(Math.Clamp(limit ?? 500, 1, 5000)).ToListAsync(ct);
        var calibration = await new RunnerLog(db).CalibrationAsync(owner, ct);
        return TypedResults.Ok(runs.Select(r => RunResponse.From(r, calibration)).ToArray());
    }

    private static async Task<Results<Ok<RunResponse>, NotFound>> GetAsync(
        int id, ClaimsPrincipal user, UserManager<HarrierUser> users, HarrierDbContext db, CancellationToken ct)
    {
        var owner = users.GetUserId(user)!;
        return await db.Runs.AsNoTracking().OwnedBy(owner).Include(r => r.Shoe).SingleOrDefaultAsync(r => r.Id == id, ct) is { } run
            ? TypedResults.Ok(RunResponse.From(run, await new RunnerLog(db).CalibrationAsync(owner, ct)))
            : TypedResults.NotFound();
    }

    private static async Task<Results<Created<RunResponse>, ValidationProblem, UnauthorizedHttpResult>> CreateAsync(
        RunRequest request, ClaimsPrincipal user, UserManager<HarrierUser> users, HarrierDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await users.GetUserAsync(user) is not { } owner)
        {
            return TypedResults.Unauthorized();
        }

        var run = new Run { OwnerId = owner.Id };
        if (await ApplyAsync(request, run, owner, db, clock, ct) is { } problem)
        {
            return problem;
        }

        db.Runs.Add(run);
        await db.SaveChangesAsync(ct);
        await new Data.Plans.SessionRuns(db, clock).LinkAsync(run, ct);
        await db.Entry(run).Reference(r => r.Shoe).LoadAsync(ct);
        return TypedResults.Created($"/api/runs/{run.Id}", RunResponse.From(run, await new RunnerLog(db).CalibrationAsync(owner.Id, ct)));
    }

    private static async Task<Results<Ok<RunResponse>, ValidationProblem, NotFound, UnauthorizedHttpResult>> UpdateAsync(
        int id, RunRequest request, ClaimsPrincipal user, UserManager<HarrierUser> users, HarrierDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await users.GetUserAsync(user) is not { } owner)
        {
            return TypedResults.Unauthorized();
        }

        if (await db.Runs.OwnedBy(owner.Id).SingleOrDefaultAsync(r => r.Id == id, ct) is not { } run)
        {
            return TypedResults.NotFound();
        }

        if (await ApplyAsync(request, run, owner, db, clock, ct) is { } problem)
        {
            return problem;
        }

        await db.SaveChangesAsync(ct);
        await db.Entry(run).Reference(r => r.Shoe).LoadAsync(ct);
        return TypedResults.Ok(RunResponse.From(run, await new RunnerLog(db).CalibrationAsync(owner.Id, ct)));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(
        int id, ClaimsPrincipal user, UserManager<HarrierUser> users, HarrierDbContext db, CancellationToken ct)
    {
        var deleted = await db.Runs.OwnedBy(users.GetUserId(user)!).Where(r => r.Id == id).ExecuteDeleteAsync(ct);
        return deleted == 1 ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    /// <summary>Checks the request and copies it onto the run; returns the problem, or null when the run was updated.</summary>
    private static async Task<ValidationProblem?> ApplyAsync(
        RunRequest request, Run run, HarrierUser owner, HarrierDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = Validation.Check(request);
        var zone = TimeZones.Find(request.TimeZone ?? (run.Id == 0 ? owner.TimeZoneId : run.TimeZoneId));
        if (zone is null)
        {
            errors["timeZone"] = ["Unknown time zone; use an IANA name such as Europe/London."];
        }

        if (request.ShoeId is { } shoeId && !await db.Shoes.OwnedBy(owner.Id).AnyAsync(s => s.Id == shoeId, ct))
        {
            errors["shoeId"] = ["No such shoe in your list."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var start = request.StartTime!.Value.UtcDateTime;
        var distance = Distance.FromMeters(request.DistanceMeters!.Value);
        var duration = TimeSpan.FromSeconds(request.DurationSeconds!.Value);
        var problems = RunCheck.Problems(start, distance, duration, now);
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems.GroupBy(p => ApiField(p.Field)).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        run.Enter(new RunEntry(start, zone!.Id, distance, duration, new Effort(request.Rpe!.Value), request.Surface ?? Surface.Road,
            request.ShoeId, request.Notes, request.Name), now);
        return null;
    }

    private static string ApiField(RunField field) => field switch
    {
        RunField.Start => "startTime",
        RunField.Distance => "distanceMeters",
        RunField.Duration => "durationSeconds",
        RunField.Effort => "rpe",
        RunField.Shoe => "shoeId",
        _ => "notes",
    };
}
