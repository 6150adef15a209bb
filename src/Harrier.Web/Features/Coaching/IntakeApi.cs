using System.Security.Claims;
using Harrier.Core.Intake;
using Harrier.Data;
using Harrier.Data.Intake;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Features.Coaching;

/// <summary>The signed-in runner's intake: the PAR-Q+ and the activity history, the outcome and its history.</summary>
public static class IntakeApi
{
    public static void MapIntakeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/intake").WithTags("Intake").RequireAuthorization();
        api.MapGet("/form", () => TypedResults.Ok(IntakeForm.Shipped)).WithName("IntakeForm").AllowAnonymous()
            .WithSummary("The questions: PAR-Q+ page 1, the follow-ups (asked after a yes), reasons to delay, and the activity history's choices.");
        api.MapGet("", GetAsync).WithName("GetIntake").WithSummary("Your latest intake, whether it is valid, and past outcomes.");
        api.MapPost("", PostAsync).WithName("SaveIntake")
            .WithSummary("Answer the intake; returns the outcome in plain words with what to do next. An unfinished intake is not kept.");
    }

    /// <summary>The runner's intake status with the latest outcome and the history.</summary>
    public static async Task<IntakeStatusResponse> StatusAsync(RunnerIntake intake, HarrierUser runner, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(runner);
        var status = await intake.StatusAsync(runner.Id, runner.Today(clock), ct);
        var history = await intake.HistoryAsync(runner.Id, ct);
        var latest = await intake.LatestAsync(runner.Id, ct);
        return new IntakeStatusResponse(status.IsValid, status.Reason,
            latest is null ? null : IntakeResponse.From(latest.Outcome, latest.Record.Day, latest.Record.EnteredById == runner.Id ? null : "coach"),
            history.Select(h => new IntakeHistoryItem(h.Day, h.Verdict, h.Headline, h.EnteredById != runner.Id)).ToArray());
    }

    /// <summary>Checks and keeps an intake for <paramref name="runner"/> entered by <paramref name="enteredById"/>.</summary>
    public static async Task<Results<Ok<IntakeResponse>, NotFound, ValidationProblem>> SaveAsync(
        IntakeRequest request, HarrierUser runner, string enteredById, RunnerIntake intake, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(intake);
        var known = ParQForm.Shipped.AllIds.ToHashSet(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>();
        if (request.ParQ?.Keys.Where(k => !known.Contains(k)).ToArray() is { Length: > 0 } unknown)
        {
            errors["parQ"] = [$"Unknown questions: {string.Join(", ", unknown.Take(5))}."];
        }

        if (request.History is null)
        {
            errors["history"] = ["Give the activity history."];
        }

        foreach (var (field, problem) in request.History?.Problems() ?? new Dictionary<string, string>())
        {
            errors[$"history.{field}"] = [problem];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (outcome, record) = await intake.SaveAsync(runner.Id, enteredById, request.ParQ ?? [], request.History!, runner.Today(clock), ct);
        return TypedResults.Ok(IntakeResponse.From(outcome, record?.Day, record is null || enteredById == runner.Id ? null : "coach"));
    }

    private static async Task<Ok<IntakeStatusResponse>> GetAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerIntake intake, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await StatusAsync(intake, (await users.GetUserAsync(principal))!, clock, ct));

    private static async Task<Results<Ok<IntakeResponse>, NotFound, ValidationProblem>> PostAsync(
        IntakeRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerIntake intake, TimeProvider clock, CancellationToken ct)
    {
        var runner = (await users.GetUserAsync(principal))!;
        return await SaveAsync(request, runner, runner.Id, intake, clock, ct);
    }
}
