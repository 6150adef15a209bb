using System.Security.Claims;
using Harrier.Core;
using Harrier.Core.Log;
using Harrier.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

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

        var count = Math.Clamp(weeks ?? 8, 1, 104);
        var zone = user.TimeZone;
        var thisWeek = TrainingLog.WeekStart(user.Today(clock), DayOfWeek.Monday);
        var first = thisWeek.AddDays(-7 * (count - 1));
        var fromUtc = TimeZones.ToUtc(first.ToDateTime(TimeOnly.MinValue), zone);
        var toUtc = TimeZones.ToUtc(thisWeek.AddDays(7).ToDateTime(TimeOnly.MinValue), zone);
        var runs = await db.Runs.AsNoTracking().OwnedBy(user.Id).StartedBetween(fromUtc, toUtc).Include(r => r.Shoe).ToListAsync(ct);
        var byStart = TrainingLog.ByWeek(runs, zone).ToDictionary(w => w.Start);
        var result = Enumerable.Range(0, count)
            .Select(i => thisWeek.AddDays(-7 * i))
            .Select(start => byStart.GetValueOrDefault(start) ?? new TrainingWeek(start, []))
            .Select(w => new WeekResponse(w.Start, w.End, w.RunCount, w.TotalDistance.Meters, w.TotalTime.TotalSeconds, Math.Round(w.TotalLoad, 1),
                w.Runs.Select(RunResponse.From).ToArray()))
            .ToArray();
        return TypedResults.Ok(result);
    }
}
