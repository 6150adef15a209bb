using System.Globalization;
using System.Security.Claims;
using Harrier.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Features.Load;

/// <summary>Training load of the signed-in runner: weekly load, fitness–fatigue, the ACWR trend, single-run spikes and the plan ahead.</summary>
public static class LoadApi
{
    public static RouteGroupBuilder MapLoadApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/load").WithTags("Load").RequireAuthorization();
        api.MapGet("", GetAsync).WithName("GetLoad")
            .WithSummary("The last N weeks (default 12, at most 52): load, monotony, strain, CTL/ATL/TSB, ACWR, spikes, planned load ahead.");
        return api;
    }

    private static async Task<Results<Ok<LoadResponse>, ValidationProblem, UnauthorizedHttpResult>> GetAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, HarrierDbContext db, TimeProvider clock, string? weeks, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (ParseWeeks(weeks) is not { } count)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["weeks"] = [$"Give a whole number of weeks from 1 to {LoadReport.MaxWeeks}."],
            });
        }

        var report = await LoadReport.BuildAsync(db, user, clock.GetUtcNow().UtcDateTime, count, ct);
        return TypedResults.Ok(LoadResponse.From(report, user.TimeZone.Id));
    }

    /// <summary>The number of weeks asked for, the default when none, or null when it is not a whole number in range.</summary>
    public static int? ParseWeeks(string? weeks) =>
        string.IsNullOrWhiteSpace(weeks) ? LoadReport.DefaultWeeks
        : int.TryParse(weeks, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= LoadReport.MaxWeeks ? n
        : null;
}
