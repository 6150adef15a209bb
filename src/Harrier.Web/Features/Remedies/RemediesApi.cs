using System.Security.Claims;
using Harrier.Core.Plans;
using Harrier.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Features.Remedies;

/// <summary>The signed-in runner's n-of-1 remedy experiments: start, read with the analysis, stop. Another runner's experiment is a 404.</summary>
public static class RemediesApi
{
    public static void MapRemediesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/remedies").WithTags("Remedies").RequireAuthorization();
        api.MapGet("/", ListAsync).WithName("ListRemedyExperiments").WithSummary("Your experiments, newest first, with status and verdict.");
        api.MapPost("/check", CheckAsync).WithName("CheckRemedyExperiment")
            .WithSummary("What the runner's plan means for an experiment: the pairs that fit before its goal day (and why fewer than 6), and "
                + "whether its running changes by more than 30% from the experiment's first week to its last (then it can be held steady).");
        api.MapPost("/", StartAsync).WithName("StartRemedyExperiment")
            .WithSummary("Start an experiment: pairs of periods with and without the remedy, each pair's order drawn at random; pairs left out fit "
                + "before the plan's goal day; holdPlanSteady repeats this week's level of the plan through it (in the plan's history).");
        api.MapGet("/{id:int}", GetAsync).WithName("GetRemedyExperiment")
            .WithSummary("The design, every period, today's period, the analysis and the daily morning pain and run load.");
        api.MapPost("/{id:int}/stop", StopAsync).WithName("StopRemedyExperiment")
            .WithSummary("Stop today; check-ins from today on no longer count.");
    }

    private static async Task<Ok<RemedySummaryResponse[]>> ListAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerRemedies remedies, CancellationToken ct)
    {
        var user = (await users.GetUserAsync(principal))!;
        var reports = await remedies.ListAsync(user, ct);
        return TypedResults.Ok(reports.Select(RemedySummaryResponse.From).ToArray());
    }

    private static async Task<Results<Created<RemedyResponse>, ValidationProblem>> StartAsync(
        RemedyRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerRemedies remedies, CancellationToken ct)
    {
        var user = (await users.GetUserAsync(principal))!;
        // Random.Shared: each pair's order only has to be unpredictable to the runner; tests read the drawn order back.
        var (trial, errors, change) = await remedies.StartAsync(user, request ?? new RemedyRequest(), Random.Shared, ct);
        if (trial is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var report = (await remedies.FindAsync(user, trial.Id, ct))!;
        return TypedResults.Created($"/api/remedies/{trial.Id}",
            RemedyResponse.From(report) with { PlanChange = change is null ? null : ChangeDocument.From(change) });
    }

    private static async Task<Results<Ok<RemedyPlanResponse>, ValidationProblem>> CheckAsync(
        RemedyRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerRemedies remedies, TimeProvider clock,
        CancellationToken ct)
    {
        var user = (await users.GetUserAsync(principal))!;
        request ??= new RemedyRequest();
        request.Start ??= user.Today(clock);
        if (request.CheckFields(user.Today(clock)) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var notes = await remedies.PlanNotesAsync(user, request.Start.Value, request.PeriodDays, request.Pairs, ct);
        return TypedResults.Ok(RemedyPlanResponse.From(notes));
    }

    private static async Task<Results<Ok<RemedyResponse>, NotFound>> GetAsync(
        int id, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerRemedies remedies, CancellationToken ct)
    {
        var user = (await users.GetUserAsync(principal))!;
        return await remedies.FindAsync(user, id, ct) is { } report ? TypedResults.Ok(RemedyResponse.From(report)) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<RemedyResponse>, NotFound>> StopAsync(
        int id, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerRemedies remedies, CancellationToken ct)
    {
        var user = (await users.GetUserAsync(principal))!;
        if (!await remedies.StopAsync(user, id, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(RemedyResponse.From((await remedies.FindAsync(user, id, ct))!));
    }
}
