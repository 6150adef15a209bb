using System.Security.Claims;
using System.Text.Json;
using Harrier.Core.Triage;
using Harrier.Data;
using Harrier.Data.Triage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Features.Triage;

/// <summary>Triage for the signed-in runner: the one pain decision, the warning signs and the ranked contributors.</summary>
public static class TriageApi
{
    public static void MapTriageApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/triage").WithTags("Pain").RequireAuthorization();
        api.MapPost("", AssessAsync).WithName("Triage")
            .WithSummary("Triage from the answers (docs/triage-input.md: the questionnaire, and optionally redFlags, age and painEntry) and "
                + "the runner's own log, pain journal and checks. Stops at a warning sign that needs a clinician today or now. Harrier "
                + "informs; it does not diagnose.")
            .Accepts<JsonElement>("application/json");
        api.MapGet("/answers", LastAnswersAsync).WithName("LastTriageAnswers")
            .WithSummary("The answers the runner typed last time (answers Harrier knows from the log are not stored).");
    }

    private static async Task<Results<Ok<TriageDocument>, ValidationProblem>> AssessAsync(
        HttpRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerTriage triage, TimeProvider clock, CancellationToken ct)
    {
        var user = (await users.GetUserAsync(principal))!;
        var today = user.Today(clock);
        string body;
        using (var reader = new StreamReader(request.Body))
        {
            body = await reader.ReadToEndAsync(ct);
        }

        var (input, problem) = TriageInput.Parse(body, today);
        if (input is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [problem!] });
        }

        // A warning sign that needs a clinician today or now is answered at once, whatever else is wrong; otherwise fix first.
        if (!input.Stands(today))
        {
            return TypedResults.ValidationProblem(input.Problems.ToDictionary(p => p.Key, p => new[] { p.Value }));
        }

        var screen = input.HasScreen ? input.Screen(today) : null;
        var result = await triage.AssessAsync(user.Id, today, input.Answers, screen, input.PainEntry, save: input.Problems.Count == 0, ct);
        return TypedResults.Ok(TriageDocument.From(result) with { Problems = input.Problems.Count == 0 ? null : input.Problems });
    }

    private static async Task<Ok<TriageAnswers>> LastAnswersAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerTriage triage, CancellationToken ct) =>
        TypedResults.Ok(await triage.LastAnswersAsync(users.GetUserId(principal)!, ct));
}
