using System.Security.Claims;
using Harrier.Core.Troubleshooter;
using Harrier.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Features.Troubleshooting;

public static class TriageApi
{
    /// <summary><c>POST /api/triage</c>: the troubleshooter's ranking for the signed-in runner (answers as in docs/triage-input.md).</summary>
    public static void MapTriageApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/triage", RankAsync).WithTags("Pain").RequireAuthorization().WithName("Triage")
            .WithSummary("Rank likely contributors from the answers and the runner's own log. Harrier informs; it does not diagnose.");

    private static async Task<Ok<TriageResponse>> RankAsync(
        TriageAnswers answers, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerTriage triage, CancellationToken ct)
    {
        var user = (await users.GetUserAsync(principal))!;
        var result = await triage.RankAsync(user, answers, ct);
        return TypedResults.Ok(new TriageResponse(result.PlanAction.ToString().ToLowerInvariant(), result.PlanReason,
            result.Contributors.Select(c => new ContributorResponse(c.Id, c.Title, c.Score, c.Evidence, c.Grade.ToString(), c.Source, c.Strength,
                c.Actions.Select(a => new ActionResponse(a.Exercise, a.Dose)).ToArray(), c.NotEnoughData, c.Advice, c.Refer)).ToArray(),
            TriageResult.Disclaimer));
    }
}

public sealed record ActionResponse(string Exercise, string Dose);

public sealed record ContributorResponse(
    string Id, string Title, int Score, IReadOnlyList<string> Evidence, string Grade, string Source, string Strength,
    IReadOnlyList<ActionResponse> Actions, bool NotEnoughData, string? Advice, bool Refer);

public sealed record TriageResponse(string PlanAction, string PlanReason, IReadOnlyList<ContributorResponse> Contributors, string Disclaimer);
