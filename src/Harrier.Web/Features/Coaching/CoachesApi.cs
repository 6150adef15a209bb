using System.Security.Claims;
using Harrier.Core.Coaching;
using Harrier.Data;
using Harrier.Data.Coaching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Features.Coaching;

/// <summary>The runner's side of coaching: see an invitation, accept it with a scope, change or end a link, and see every view of
/// their health data by a coach.</summary>
public static class CoachesApi
{
    public static void MapCoachesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/coaches").WithTags("Coach").RequireAuthorization();
        api.MapGet("/invitations/{code}", PreviewAsync).WithName("PreviewInvitation")
            .WithSummary("Who invites you and what each choice would share, before you accept.");
        api.MapPost("", AcceptAsync).WithName("AcceptInvitation").WithSummary("Accept an invitation with the scope you choose.");
        api.MapGet("", CoachesAsync).WithName("MyCoaches");
        api.MapPut("/{linkId:int}", ScopeAsync).WithName("ChangeSharing").WithSummary("Change what you share with a coach.");
        api.MapDelete("/{linkId:int}", EndAsync).WithName("EndCoachLink").WithSummary("Stop sharing with a coach: access ends at once.");
        api.MapGet("/access-log", AccessLogAsync).WithName("HealthAccessLog")
            .WithSummary("Every view of your health data by a coach, newest first.");
    }

    /// <summary>The scopes a runner can choose, with what each shares.</summary>
    public static IReadOnlyList<ScopeChoice> Choices { get; } = Enum.GetValues<SharingScope>().Select(s => new ScopeChoice(s, s.Words())).ToArray();

    private static async Task<Results<Ok<InvitationPreview>, NotFound>> PreviewAsync(string code, Invitations invitations, CancellationToken ct) =>
        await invitations.FindAsync(code, ct) is var (invitation, coach)
            ? TypedResults.Ok(new InvitationPreview(coach.DisplayName, invitation.ExpiresUtc, Choices))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<CoachResponse>, NotFound, ValidationProblem>> AcceptAsync(
        AcceptRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, Invitations invitations, HarrierDbContext db,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Code) || request.Code.Length > 40 || request.Scope is not { } scope)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [request.Scope is null ? "scope" : "code"] = [request.Scope is null ? "Choose what to share: training or training-and-health." : "Give the invitation's code."],
            });
        }

        if (await invitations.AcceptAsync(request.Code, users.GetUserId(principal)!, scope, ct) is not { } link)
        {
            return TypedResults.NotFound();
        }

        var coach = await db.Users.AsNoTracking().SingleAsync(u => u.Id == link.CoachId, ct);
        return TypedResults.Ok(new CoachResponse(link.Id, coach.DisplayName, link.Scope, link.Scope.Words(), link.CreatedUtc));
    }

    private static async Task<Ok<CoachResponse[]>> CoachesAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, HarrierDbContext db, CancellationToken ct)
    {
        var id = users.GetUserId(principal)!;
        var rows = await db.CoachLinks.AsNoTracking().Where(l => l.RunnerId == id && l.EndedUtc == null)
            .Join(db.Users, l => l.CoachId, u => u.Id, (l, u) => new { Link = l, u.DisplayName }).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(r => new CoachResponse(r.Link.Id, r.DisplayName, r.Link.Scope, r.Link.Scope.Words(), r.Link.CreatedUtc))
            .ToArray());
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> ScopeAsync(
        int linkId, ScopeRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, Invitations invitations, CancellationToken ct)
    {
        if (request.Scope is not { } scope)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["scope"] = ["Choose training or training-and-health."] });
        }

        return await invitations.ChangeScopeAsync(users.GetUserId(principal)!, linkId, scope, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Results<NoContent, NotFound>> EndAsync(
        int linkId, ClaimsPrincipal principal, UserManager<HarrierUser> users, Invitations invitations, HarrierDbContext db, CancellationToken ct)
    {
        var id = users.GetUserId(principal)!;
        // Only the runner's own links: a coach ends links from the coach's side.
        var mine = await db.CoachLinks.AnyAsync(l => l.Id == linkId && l.RunnerId == id, ct);
        return mine && await invitations.EndAsync(linkId, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Ok<HealthViewResponse[]>> AccessLogAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, HarrierDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await AccessLog.ForRunnerAsync(db, users.GetUserId(principal)!, 200, ct));
}
