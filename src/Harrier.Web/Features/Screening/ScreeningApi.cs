using System.Security.Claims;
using Harrier.Core.Screening;
using Harrier.Data;
using Harrier.Data.Screening;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Features.Screening;

/// <summary>The red-flag questions and screen, and the STarT Back and Oswestry scores with their history.</summary>
public static class ScreeningApi
{
    public static void MapScreeningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/screening").WithTags("Screening").RequireAuthorization();
        api.MapGet("/red-flags/questions", () => TypedResults.Ok(RedFlagRules.Questions)).AllowAnonymous().WithName("RedFlagQuestions");
        api.MapPost("/red-flags", ScreenAsync).WithName("RedFlagScreen")
            .WithSummary("Answer the warning-sign questions; returns the urgency and what to do. Harrier informs; it does not diagnose.");
        api.MapGet("/red-flags", HistoryAsync).WithName("RedFlagHistory");
        api.MapPost("/questionnaires/{instrument}", ScoreAsync).WithName("ScoreQuestionnaire")
            .WithSummary("Score STarT Back (start-back: nine answers) or the Oswestry index (oswestry: ten section scores 0–5, null if skipped).");
        api.MapGet("/questionnaires/{instrument}", ScoresAsync).WithName("QuestionnaireHistory");
    }

    private static async Task<Results<Ok<RedFlagResponse>, ValidationProblem>> ScreenAsync(RedFlagRequest request, ClaimsPrincipal principal,
        UserManager<HarrierUser> users, RedFlagCheck check, HarrierDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var user = (await users.GetUserAsync(principal))!;
        var known = RedFlagRules.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = request.Answers.Keys.Where(k => !known.Contains(k)).ToArray();
        if (unknown.Length > 0 || request.Age is < 10 or > 110)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [unknown.Length > 0 ? "answers" : "age"] = [unknown.Length > 0 ? $"Unknown questions: {string.Join(", ", unknown)}." : "Age must be 10 to 110."],
            });
        }

        var entry = request.PainEntryId is { } id ? await db.PainEntries.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.OwnerId == user.Id, ct) : null;
        var (result, record) = await check.RunAsync(user.Id, request.Answers, request.Age, entry, user.Today(clock), ct);
        return TypedResults.Ok(new RedFlagResponse(
            RedFlagCheck.Name(result.Overall), UrgencyText.Heading(result.Overall), UrgencyText.Lead(result.Overall),
            result.Triggered.Select(r => new RedFlagItem(r.Id, RedFlagCheck.Name(r.Urgency), r.Question ?? r.Id, r.Action, r.TellClinician, r.Source, r.Grade.ToString())).ToArray(),
            result.Unanswered, record.SuspendedPlan, record.TakenUtc, RedFlagScreen.Disclaimer));
    }

    private static async Task<Ok<ScreeningSummary[]>> HistoryAsync(ClaimsPrincipal principal, UserManager<HarrierUser> users, HarrierDbContext db, CancellationToken ct)
    {
        var id = users.GetUserId(principal)!;
        var list = await db.Screenings.AsNoTracking().Where(s => s.OwnerId == id).OrderByDescending(s => s.TakenUtc)
            .Select(s => new ScreeningSummary(s.TakenUtc, s.Urgency, s.Triggered, s.SuspendedPlan)).ToListAsync(ct);
        return TypedResults.Ok(list.ToArray());
    }

    private static async Task<Results<Ok<QuestionnaireResponse>, ValidationProblem, NotFound>> ScoreAsync(string instrument, int?[] answers,
        ClaimsPrincipal principal, UserManager<HarrierUser> users, Questionnaires questionnaires, CancellationToken ct)
    {
        if (instrument is not (QuestionnaireScore.StartBack or QuestionnaireScore.Oswestry))
        {
            return TypedResults.NotFound();
        }

        var (score, errors) = await questionnaires.ScoreAsync(users.GetUserId(principal)!, instrument, answers, ct);
        return score is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["answers"] = errors.ToArray() })
            : TypedResults.Ok(QuestionnaireResponse.From(score));
    }

    private static async Task<Results<Ok<QuestionnaireResponse[]>, NotFound>> ScoresAsync(string instrument, ClaimsPrincipal principal,
        UserManager<HarrierUser> users, Questionnaires questionnaires, CancellationToken ct)
    {
        if (instrument is not (QuestionnaireScore.StartBack or QuestionnaireScore.Oswestry))
        {
            return TypedResults.NotFound();
        }

        var scores = await questionnaires.HistoryAsync(users.GetUserId(principal)!, instrument, ct);
        return TypedResults.Ok(scores.Select(QuestionnaireResponse.From).ToArray());
    }
}

public sealed record RedFlagRequest(Dictionary<string, bool> Answers, int? Age = null, int? PainEntryId = null);

public sealed record RedFlagItem(string Id, string Urgency, string Message, string Action, string TellClinician, string Source, string Grade);

public sealed record RedFlagResponse(
    string Urgency, string Heading, string WhatToDo, IReadOnlyList<RedFlagItem> RedFlags, IReadOnlyList<string> Unanswered, bool PlanSuspended,
    DateTime TakenUtc, string Disclaimer);

public sealed record ScreeningSummary(DateTime TakenUtc, string Urgency, string? Triggered, bool SuspendedPlan);

public sealed record QuestionnaireResponse(string Instrument, DateTime TakenUtc, double Score, double? Subscale, string Band)
{
    public static QuestionnaireResponse From(QuestionnaireScore s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new QuestionnaireResponse(s.Instrument, s.TakenUtc, s.Score, s.Subscale, s.Band);
    }
}
