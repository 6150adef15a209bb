using System.Security.Claims;
using Harrier.Core.Log;
using Harrier.Data;
using Harrier.Data.Log;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Features.Runs;

/// <summary>The weekly log: weeks in the runner's time zone with distance, time, run count and session load.</summary>
public static class LogApi
{
    public static RouteGroupBuilder MapLogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/log").WithTags("Runs").RequireAuthorization();
        api.MapGet("/weeks", WeeksAsync).WithName("ListWeeks").WithSummary("The last N weeks (default 8, at most 104) with totals, newest first.");
        return api;
    }

    private static async Task<Results<Ok<WeekResponse[]>, UnauthorizedHttpResult>> WeeksAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, HarrierDbContext db, TimeProvider clock, int? weeks, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        return TypedResults.Ok(await LastWeeksAsync(db, user, user.Today(clock), Math.Clamp(weeks ?? 8, 1, 104), ct));
    }

    /// <summary>The runner's last <paramref name="count"/> weeks up to this one, newest first, empty weeks included.</summary>
    public static async Task<WeekResponse[]> LastWeeksAsync(HarrierDbContext db, HarrierUser runner, DateOnly today, int count, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var end = TrainingLog.WeekStart(today, DayOfWeek.Monday).AddDays(7);
        var weeks = await new RunnerLog(db).WeeksAsync(runner.Id, runner.TimeZone, end.AddDays(-7 * count), end, ct);
        return weeks.Select(w => new WeekResponse(w.Start, w.End, w.RunCount, w.TotalDistance.Meters, w.TotalTime.TotalSeconds,
            Math.Round(w.TotalLoad, 1), w.Runs.Select(RunResponse.From).ToArray())).ToArray();
    }
}
