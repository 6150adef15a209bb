using System.Security.Claims;
using Harrier.Core.Plans;
using Harrier.Data;
using Harrier.Data.Plans;
using Harrier.Import.Fit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Features.Plans;

/// <summary>
/// The runner's own changes to the active plan's sessions: usual times, a session's time, moving and swapping sessions. The rules
/// are Core's (<see cref="PlanEdits"/>); a refused change is a 400 with field errors and changes nothing.
/// </summary>
public static class SessionsApi
{
    public static void MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plans/active").WithTags("Plans").RequireAuthorization();
        api.MapPut("/times", SetTimesAsync).WithName("SetSessionTimes")
            .WithSummary("Set the usual session time of each weekday (24-hour HH:mm, the runner's zone), e.g. {\"times\": {\"monday\": \"06:00\"}}; "
                + "an empty object clears them. Calendar events then carry the time.");
        api.MapPost("/sessions/{date}/move", MoveAsync).WithName("MoveSession")
            .WithSummary("Move the session on {date} (YYYY-MM-DD) to another day, optionally at a time, with a reason; the same day with a time "
                + "only sets its time. Runs keep their order and the goal day stays; for new runners a run next to another one is allowed with a warning.");
        api.MapPost("/sessions/{date}/swap", SwapAsync).WithName("SwapSessions")
            .WithSummary("Swap the days of the sessions on {date} and on 'with', with a reason.");
        api.MapGet("/sessions/{date}/runs", RunsAsync).WithName("SessionRuns")
            .WithSummary("Runs from the log on {date} that could be that session, best first: 'clear' (linked when saved, unless the runner "
                + "answered otherwise) or 'possible' (offered); link one with POST /api/plans/active/outcomes and its runId.");
        api.MapGet("/sessions/{date}/workout.fit", WorkoutAsync).WithName("DownloadSessionWorkout")
            .WithSummary("The run on {date} as a FIT workout file (workout and workout_step messages, repeats as repeat steps) for a watch; "
                + "named \"YYYY-MM-DD <session title>.fit\". 404 when there is no run that day.")
            .Produces(StatusCodes.Status200OK, contentType: FitContentType);
    }

    /// <summary>The media type Garmin uses for FIT files.</summary>
    public const string FitContentType = "application/vnd.ant.fit";

    private static async Task<Results<Ok<SessionRunResponse[]>, NotFound>> RunsAsync(
        DateOnly date, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerPlans plans, SessionRuns runs, CancellationToken ct)
    {
        if (await ActiveAsync(principal, users, plans, ct) is not (_, var stored))
        {
            return TypedResults.NotFound();
        }

        var candidates = await runs.CandidatesAsync(stored, date, ct);
        return TypedResults.Ok(candidates.Select(c => new SessionRunResponse(c.Run.Id, c.Run.Duration.TotalSeconds, c.Kind)).ToArray());
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> WorkoutAsync(
        DateOnly date, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerPlans plans, TimeProvider clock, CancellationToken ct)
    {
        if (await ActiveAsync(principal, users, plans, ct) is not (_, var stored)
            || stored.Plan.On(date).FirstOrDefault(w => w.Workout.IsRunning) is not { } session)
        {
            return TypedResults.NotFound();
        }

        var file = SessionWorkoutFile.For(session, clock.GetUtcNow());
        return TypedResults.File(file.Bytes, FitContentType, file.FileName);
    }

    private static async Task<Results<Ok<PlanEditResponse>, ValidationProblem, NotFound>> SetTimesAsync(
        TimesRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerPlans plans, TimeProvider clock, CancellationToken ct)
    {
        if (await ActiveAsync(principal, users, plans, ct) is not (var user, var stored))
        {
            return TypedResults.NotFound();
        }

        if (!SessionTimeText.TryParseTimes(request?.Times ?? [], out var times, out var error))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [PlanEdits.Times] = [error] });
        }

        return await SaveAsync(PlanEdits.SetTimes(stored.Plan, times, user.Today(clock)), stored, plans, ct);
    }

    private static async Task<Results<Ok<PlanEditResponse>, ValidationProblem, NotFound>> MoveAsync(
        DateOnly date, MoveRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerPlans plans, TimeProvider clock,
        CancellationToken ct)
    {
        if (await ActiveAsync(principal, users, plans, ct) is not (var user, var stored))
        {
            return TypedResults.NotFound();
        }

        return await MoveForAsync(stored, date, request, user.Today(clock), plans, null, ct);
    }

    /// <summary>
    /// Moves a session of <paramref name="stored"/> (the runner's own request, or their coach's with <paramref name="byCoach"/> named
    /// in the reason the runner reads), through <see cref="PlanEdits.Move"/>.
    /// </summary>
    internal static async Task<Results<Ok<PlanEditResponse>, ValidationProblem, NotFound>> MoveForAsync(
        StoredPlan stored, DateOnly date, MoveRequest? request, DateOnly today, RunnerPlans plans, string? byCoach, CancellationToken ct)
    {
        TimeOnly? time = null;
        if (!string.IsNullOrWhiteSpace(request?.Time))
        {
            if (!SessionTimeText.TryParse(request.Time, out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [PlanEdits.Time] = [SessionTimeText.Help] });
            }

            time = parsed;
        }

        if (request?.To is not { } to)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [PlanEdits.To] = ["Choose the day to move it to (YYYY-MM-DD)."] });
        }

        if (byCoach is not null && string.IsNullOrWhiteSpace(request.Reason))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["Say why, so your runner knows."] });
        }

        var reason = byCoach is null ? request.Reason : $"{request.Reason!.Trim()} (moved by your coach {byCoach})";
        return await SaveAsync(PlanEdits.Move(stored.Plan, date, to, time, reason, today), stored, plans, ct);
    }

    private static async Task<Results<Ok<PlanEditResponse>, ValidationProblem, NotFound>> SwapAsync(
        DateOnly date, SwapRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerPlans plans, TimeProvider clock,
        CancellationToken ct)
    {
        if (await ActiveAsync(principal, users, plans, ct) is not (var user, var stored))
        {
            return TypedResults.NotFound();
        }

        if (request?.With is not { } with)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [PlanEdits.With] = ["Choose the session to swap with (YYYY-MM-DD)."] });
        }

        return await SaveAsync(PlanEdits.Swap(stored.Plan, date, with, request.Reason, user.Today(clock)), stored, plans, ct);
    }

    private static async Task<Results<Ok<PlanEditResponse>, ValidationProblem, NotFound>> SaveAsync(
        PlanEdit edit, StoredPlan stored, RunnerPlans plans, CancellationToken ct)
    {
        if (!await plans.ApplyAsync(stored, edit, ct))
        {
            return TypedResults.ValidationProblem(edit.Errors.ToDictionary());
        }

        return TypedResults.Ok(new PlanEditResponse(ChangeDocument.From(edit.Change!), edit.Warnings, PlanDocument.From(stored.Plan)));
    }

    /// <summary>The signed-in runner and their active plan, or null when either is missing.</summary>
    internal static async Task<(HarrierUser User, StoredPlan Stored)?> ActiveAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerPlans plans, CancellationToken ct)
    {
        var user = await users.GetUserAsync(principal);
        return user is not null && await plans.ActiveAsync(user.Id, ct) is { } stored ? (user, stored) : null;
    }
}

/// <summary>Usual session times: weekday (monday or mon) → "HH:mm"; an empty value or object clears.</summary>
public sealed record TimesRequest(Dictionary<string, string>? Times);

/// <summary>Where to move a session: the day (YYYY-MM-DD), optionally a time ("06:00"), and why.</summary>
public sealed record MoveRequest(DateOnly? To, string? Time, string? Reason);

/// <summary>The other session's day (YYYY-MM-DD) and why.</summary>
public sealed record SwapRequest(DateOnly? With, string? Reason);

/// <summary>A run from the log that could be a session: its id (GET /api/runs/{id}), recorded seconds, and how well it fits.</summary>
public sealed record SessionRunResponse(int RunId, double DurationSeconds, SessionMatchKind Match);

/// <summary>The change made, cautions that did not stop it, and the plan as it now is.</summary>
public sealed record PlanEditResponse(ChangeDocument Change, IReadOnlyList<string> Warnings, PlanDocument Plan);
