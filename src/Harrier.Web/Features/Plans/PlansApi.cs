using System.Security.Claims;
using System.Security.Cryptography;
using Harrier.Core.Plans;
using Harrier.Data;
using Harrier.Data.Plans;
using Harrier.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Features.Plans;

/// <summary>Templates, plan previews, the runner's active plan, session answers and the calendar feed.</summary>
public static class PlansApi
{
    public static void MapPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plans").WithTags("Plans").RequireAuthorization();
        api.MapGet("/templates", Templates).AllowAnonymous().WithName("ListPlanTemplates")
            .WithSummary("Published programmes with their sources and evidence notes.");
        api.MapPost("/preview", PreviewAsync).WithName("PreviewPlan")
            .WithSummary("Build a plan from a template or a goal without saving it; bad input is a 400 with field errors, cautions are in inputWarnings.");
        api.MapPost("/", StartAsync).WithName("StartPlan")
            .WithSummary("Build a plan and make it the active plan (the previous one is archived); the same rules as the preview.");
        api.MapGet("/active", ActiveAsync).WithName("GetActivePlan");
        api.MapPost("/active/outcomes", RecordAsync).WithName("RecordSessionOutcome")
            .WithSummary("Done, cut short, skipped or hurt for a planned day, optionally with the run from the log that was the session; "
                + "the plan adapts and says why.");
        api.MapPost("/active/resume", ResumeAsync).WithName("ResumePlan")
            .WithSummary("Resume a plan paused by a warning sign, once a clinician has seen the runner: the open warning signs are marked as seen and "
                + "the sessions still to do move later by whole weeks (never earlier); the change's reason gives the new goal or finishing day.");
        api.MapGet("/active.ics", DownloadAsync).WithName("DownloadPlanCalendar");
        api.MapPost("/calendar-feed", CreateFeedAsync).WithName("CreateCalendarFeed").WithSummary("Create or replace the private feed address.");
        api.MapDelete("/calendar-feed", RevokeFeedAsync).WithName("RevokeCalendarFeed");
        app.MapGet("/calendar/{token}.ics", FeedAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static Ok<TemplateResponse[]> Templates() => TypedResults.Ok(PlanTemplates.All.Select(TemplateResponse.From).ToArray());

    private static async Task<Results<Ok<PlanDocument>, ValidationProblem, UnauthorizedHttpResult>> PreviewAsync(
        PlanRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, TimeProvider clock)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var check = Checked(request).ToInput(user.DistanceUnit).Validate(user.Today(clock));
        return check.IsValid ? TypedResults.Ok(PlanDocument.From(check.Build(), check)) : TypedResults.ValidationProblem(check.Errors.ToDictionary());
    }

    private static async Task<Results<Created<PlanDocument>, ValidationProblem, UnauthorizedHttpResult>> StartAsync(
        PlanRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerPlans plans, TimeProvider clock, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var check = Checked(request).ToInput(user.DistanceUnit).Validate(user.Today(clock));
        if (!check.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors.ToDictionary());
        }

        var plan = check.Build();
        await plans.StartAsync(user.Id, plan, ct);
        return TypedResults.Created("/api/plans/active", PlanDocument.From(plan, check));
    }

    private static async Task<Results<Ok<ActivePlanResponse>, NotFound>> ActiveAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerPlans plans, CancellationToken ct)
    {
        if (await plans.ActiveAsync(users.GetUserId(principal)!, ct) is not { } stored)
        {
            return TypedResults.NotFound();
        }

        var outcomes = await plans.OutcomesAsync(stored, ct);
        return TypedResults.Ok(new ActivePlanResponse(stored.Id, PlanDocument.From(stored.Plan),
            outcomes.Values.OrderBy(o => o.Date).Select(o => new OutcomeResponse(o.Date, o.Result, o.PainDuringRun, o.RunId, o.SecondsDone)).ToArray()));
    }

    private static async Task<Results<Ok<OutcomeResult>, NotFound, ValidationProblem>> RecordAsync(
        OutcomeRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerPlans plans, SessionRuns runs, TimeProvider clock,
        CancellationToken ct)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || await plans.ActiveAsync(user.Id, ct) is not { } stored)
        {
            return TypedResults.NotFound();
        }

        var errors = Validation.Check(request);
        var today = user.Today(clock);
        if (request.Date > today)
        {
            errors["date"] = ["Answer for today or an earlier day."];
        }
        else if (!stored.Plan.On(request.Date).Any(w => w.Workout.Kind != WorkoutKind.Rest))
        {
            errors["date"] = ["There is no session in your plan on that day."];
        }

        if (request.Result == SessionResult.Hurt && request.PainDuringRun is null)
        {
            errors["painDuringRun"] = ["Say how much it hurt during the run, 0 to 10."];
        }

        if (request.Result == SessionResult.CutShort && request.SecondsDone is null)
        {
            errors["secondsDone"] = ["Say how long the session ran before it was cut short, in seconds."];
        }

        if (request.RunId is { } runId && (request.Result is not (SessionResult.Done or SessionResult.CutShort)
            || await runs.FindAsync(user.Id, runId, ct) is not { IsRunning: true } run || run.Day != request.Date))
        {
            errors["runId"] = ["Link a run from your log that you ran on the session's day, with the answer done or cut short."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var answer = new SessionAnswer(request.Date, request.Result)
        {
            PainDuringRun = request.PainDuringRun, RunId = request.RunId, SecondsDone = request.SecondsDone,
        };
        var change = await plans.RecordAsync(stored, answer, today, ct);
        return TypedResults.Ok(new OutcomeResult(change is null ? null : ChangeDocument.From(change), PlanDocument.From(stored.Plan)));
    }

    private static async Task<Results<Ok<PlanChangeResponse>, NotFound>> ResumeAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerPlans plans, TimeProvider clock, CancellationToken ct)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || await plans.ActiveAsync(user.Id, ct) is not { } stored)
        {
            return TypedResults.NotFound();
        }

        var change = await plans.ResumeAsync(stored, user.Today(clock), ct);
        return TypedResults.Ok(PlanChangeResponse.From(change, stored.Plan));
    }

    private static async Task<Results<ContentHttpResult, NotFound>> DownloadAsync(
        HttpContext http, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerPlans plans, CancellationToken ct)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || await plans.ActiveAsync(user.Id, ct) is not { } stored)
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.ContentDisposition = "attachment; filename=\"harrier-plan.ics\"";
        return TypedResults.Text(PlanCalendar.Write(stored.Plan, stored.Id, user.TimeZoneId, http.Request.Host.Host), PlanCalendar.ContentType);
    }

    /// <summary>The private feed: the active plan's sessions (if any) and the group runs the person leads or is invited to.</summary>
    private static async Task<Results<ContentHttpResult, NotFound>> FeedAsync(
        string token, HttpContext http, HarrierDbContext db, RunnerPlans plans, Data.GroupRuns.GroupRunFeed groupRuns, CancellationToken ct)
    {
        if (token.Length < 32 || await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.CalendarToken == token, ct) is not { } user)
        {
            return TypedResults.NotFound();
        }

        var stored = await plans.ActiveAsync(user.Id, ct);
        var host = http.Request.Host.Host;
        var calendar = PlanCalendar.Create(stored is null ? "Harrier" : $"Harrier: {stored.Plan.Name}", user.TimeZoneId);
        if (stored is not null)
        {
            PlanCalendar.Add(calendar, stored.Plan, stored.Id, user.TimeZoneId, host);
        }

        Calendar.GroupRunCalendar.Add(calendar, await groupRuns.ForAsync(user, ct), host);
        return TypedResults.Text(PlanCalendar.Serialize(calendar), PlanCalendar.ContentType);
    }

    private static async Task<Ok<FeedResponse>> CreateFeedAsync(HttpContext http, ClaimsPrincipal principal, UserManager<HarrierUser> users)
    {
        var user = (await users.GetUserAsync(principal))!;
        user.CalendarToken = NewToken();
        await users.UpdateAsync(user);
        return TypedResults.Ok(new FeedResponse(FeedUrl(http.Request, user.CalendarToken)));
    }

    private static async Task<NoContent> RevokeFeedAsync(ClaimsPrincipal principal, UserManager<HarrierUser> users)
    {
        var user = (await users.GetUserAsync(principal))!;
        user.CalendarToken = null;
        await users.UpdateAsync(user);
        return TypedResults.NoContent();
    }

    /// <summary>256 random bits, URL-safe.</summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string FeedUrl(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}/calendar/{token}.ics";
    }

    private static PlanRequest Checked(PlanRequest request) => request ?? new PlanRequest();
}

public sealed record TemplateResponse(
    string Id, string Name, string Summary, string Audience, string? Warning, string Source, int Weeks, int DaysPerWeek,
    IReadOnlyList<string> Evidence, IReadOnlyList<DayOfWeek> DefaultDays)
{
    public static TemplateResponse From(PlanTemplate t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new TemplateResponse(t.Id, t.Name, t.Summary, t.Audience.ToString().ToLowerInvariant(), t.Warning, t.Source, t.Weeks.Count,
            t.DaysPerWeek, t.Evidence, t.DefaultDays);
    }
}

public sealed record ActivePlanResponse(int Id, PlanDocument Plan, IReadOnlyList<OutcomeResponse> Outcomes);

/// <summary>The runner's answer for a day: pain during the run (0–10) when it hurt, the run from the log that was the session, and how long a
/// session cut short ran (seconds).</summary>
public sealed record OutcomeResponse(DateOnly Date, SessionResult Result, int? PainDuringRun, int? RunId, int? SecondsDone);

/// <summary>
/// An answer for a planned day: done, cut-short, skipped or hurt. <paramref name="PainDuringRun"/> (0–10) is needed when it hurt,
/// <paramref name="SecondsDone"/> when cut short; <paramref name="RunId"/> links a run from the log on that day (without it, a run that
/// clearly matches is linked).
/// </summary>
public sealed record OutcomeRequest(
    DateOnly Date, SessionResult Result, [property: System.ComponentModel.DataAnnotations.Range(0, 10)] int? PainDuringRun = null, int? RunId = null,
    [property: System.ComponentModel.DataAnnotations.Range(0, 86400)] int? SecondsDone = null);

public sealed record OutcomeResult(ChangeDocument? Change, PlanDocument Plan);

public sealed record FeedResponse(string Url);

/// <summary>A change made to the active plan (null when nothing changed) and the plan as it now is.</summary>
public sealed record PlanChangeResponse(ChangeDocument? Change, PlanDocument Plan)
{
    public static PlanChangeResponse From(PlanChange? change, TrainingPlan plan) =>
        new(change is null ? null : ChangeDocument.From(change), PlanDocument.From(plan));
}
