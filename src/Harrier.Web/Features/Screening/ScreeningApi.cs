using System.Security.Claims;
using System.Text.Json;
using Harrier.Core.Screening;
using Harrier.Core.Triage;
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
        api.MapGet("/red-flags/questions", () => TypedResults.Ok(RedFlagRules.Questions.Select(QuestionResponse.From).ToArray()))
            .AllowAnonymous().WithName("RedFlagQuestions");
        api.MapPost("/red-flags", ScreenAsync).WithName("RedFlagScreen")
            .WithSummary("Answer the warning-sign questions (id → \"yes\"/\"no\", or for a timing question \"no\" or when it last "
                + "happened); returns the headline, what to do and the plan's state. Harrier informs; it does not diagnose.");
        api.MapGet("/red-flags", HistoryAsync).WithName("RedFlagHistory");
        api.MapPost("/red-flags/seen", SeenAsync).WithName("RedFlagsSeen")
            .WithSummary("The runner has seen a clinician about the open warning signs: they no longer hold or pause training.");
        api.MapPost("/questionnaires/{instrument}", ScoreAsync).WithName("ScoreQuestionnaire")
            .WithSummary("Score STarT Back (start-back: nine answers) or the Oswestry index (oswestry: ten section scores 0–5, null if skipped).");
        api.MapGet("/questionnaires/{instrument}", ScoresAsync).WithName("QuestionnaireHistory");
    }

    private static async Task<Results<Ok<RedFlagResponse>, ValidationProblem>> ScreenAsync(RedFlagRequest request, ClaimsPrincipal principal,
        UserManager<HarrierUser> users, RedFlagCheck check, HarrierDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var user = (await users.GetUserAsync(principal))!;
        var raw = (request.Answers ?? []).Select(p => KeyValuePair.Create(p.Key, RedFlagAnswerParser.Text(p.Value)));
        var submission = RedFlagSubmission.Read(raw, AgeText(request.Age), requireEvery: false);
        var entry = request.PainEntryId is { } id ? await db.PainEntries.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.OwnerId == user.Id, ct) : null;
        if (request.PainEntryId is not null && entry is null)
        {
            submission = submission with { Errors = new Dictionary<string, string>(submission.Errors) { ["painEntryId"] = "No such entry in your pain journal." } };
        }

        // An answer that needs a clinician today or now is kept and answered at once, whatever else is wrong (RedFlagSubmission.Stands).
        var outcome = await check.SubmitAsync(user.Id, submission, entry, user.Today(clock), ct);
        var errors = outcome.Errors.ToDictionary(e => Field(e.Key), e => new[] { e.Value });
        if (!outcome.Kept)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var signs = WarningSignsDocument.From(outcome.Result) with
        {
            Heading = outcome.Headline.Heading, Lead = outcome.Headline.Lead, Urgency = outcome.Urgency,
        };
        return TypedResults.Ok(new RedFlagResponse(signs, outcome.PlanPaused, outcome.Record!.TakenUtc,
            RedFlagScreen.Disclaimer, outcome.Decision is { } decision ? DecisionDocument.From(decision) : null, errors.Count == 0 ? null : errors));
    }

    // The API names a question's field "answers.<id>", as the request nests it.
    private static string Field(string key) => RedFlagRules.Questions.Any(q => q.Id == key) ? $"answers.{key}" : key;

    private static string? AgeText(JsonElement? age) => age switch
    {
        null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { } other => other.GetRawText(),
    };

    private static async Task<NoContent> SeenAsync(ClaimsPrincipal principal, UserManager<HarrierUser> users, RedFlagCheck check, CancellationToken ct)
    {
        await check.ClearAsync(users.GetUserId(principal)!, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ScreeningSummary[]>> HistoryAsync(ClaimsPrincipal principal, UserManager<HarrierUser> users, HarrierDbContext db, CancellationToken ct)
    {
        var id = users.GetUserId(principal)!;
        var list = await db.Screenings.AsNoTracking().Where(s => s.OwnerId == id).OrderByDescending(s => s.TakenUtc).ToListAsync(ct);
        return TypedResults.Ok(list.Select(ScreeningSummary.From).ToArray());
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

/// <summary>A warning-signs check: answers by question id (true/false, "yes"/"no", or for a timing question "no" or when it last
/// happened), the runner's age in whole years (10 to 110), and the pain entry that prompted it.</summary>
public sealed record RedFlagRequest(Dictionary<string, JsonElement>? Answers, JsonElement? Age = null, int? PainEntryId = null);

/// <summary>The result of a check: the warning signs, whether the runner's plan is paused now, when it was taken, the training
/// decision after it (an earlier open warning sign may still decide), and, when an answer needed help at once although others could
/// not be used, what is left to fix.</summary>
public sealed record RedFlagResponse(WarningSignsDocument WarningSigns, bool PlanSuspended, DateTime TakenUtc, string Disclaimer,
    DecisionDocument? Decision = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyDictionary<string, string[]>? Problems = null);

/// <summary>A question as the API lists it, with the answers it takes.</summary>
public sealed record QuestionResponse(string Id, string Text, string Label, RedFlagQuestionKind Kind, string? AskIf, bool NeedsAge, IReadOnlyList<string> Answers)
{
    public static QuestionResponse From(RedFlagQuestion q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return new QuestionResponse(q.Id, q.Text, q.Label ?? q.Text, q.Kind, q.AskIf, q.NeedsAge,
            q.Kind == RedFlagQuestionKind.Timing ? ["no", .. RedFlagAnswerParser.TimingNames] : ["yes", "no"]);
    }
}

/// <summary>A check taken earlier: its headline, the warning signs that fired (by label), and whether it is still open.</summary>
public sealed record ScreeningSummary(DateTime TakenUtc, DateOnly Day, Urgency Urgency, string Heading, IReadOnlyList<string> Findings,
    bool SuspendedPlan, bool Open)
{
    public static ScreeningSummary From(ScreeningRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var past = record.ToPastScreen();
        return new ScreeningSummary(record.TakenUtc, record.Day, past.Overall, ScreenHeadline.For(past).Heading,
            past.Findings.Select(f => f.Label).ToArray(), record.SuspendedPlan, past.IsOpen);
    }
}

public sealed record QuestionnaireResponse(string Instrument, DateTime TakenUtc, double Score, double? Subscale, string Band)
{
    public static QuestionnaireResponse From(QuestionnaireScore s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new QuestionnaireResponse(s.Instrument, s.TakenUtc, s.Score, s.Subscale, s.Band);
    }
}
