using System.Security.Claims;
using Harrier.Data;
using Harrier.Data.Coaching;
using Harrier.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Harrier.Web.Features.Coaching;

/// <summary>The plain form posts behind the comment boxes on pages (antiforgery checked); each goes back to the page it came from.</summary>
public static class CommentForms
{
    public static void MapCommentForms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/comments", RunnerAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapPost("/coach/clients/{runnerId}/comments", CoachAsync).RequireAuthorization(Infrastructure.IdentitySetup.CoachPolicy).ExcludeFromDescription();
    }

    private static async Task<Results<RedirectHttpResult, NotFound>> RunnerAsync(
        [FromForm] CommentFormPost form, ClaimsPrincipal principal, UserManager<HarrierUser> users, Comments comments, CancellationToken ct)
    {
        var id = users.GetUserId(principal)!;
        return await AddAsync(form, id, id, comments, ct);
    }

    private static async Task<Results<RedirectHttpResult, NotFound>> CoachAsync(
        string runnerId, [FromForm] CommentFormPost form, ClaimsPrincipal principal, UserManager<HarrierUser> users, Comments comments,
        CancellationToken ct) =>
        await AddAsync(form, users.GetUserId(principal)!, runnerId, comments, ct);

    private static async Task<Results<RedirectHttpResult, NotFound>> AddAsync(
        CommentFormPost form, string authorId, string runnerId, Comments comments, CancellationToken ct)
    {
        var back = LocalUrl.OrDefault(form.ReturnUrl, "/");
        if (!Enum.TryParse<CommentTarget>(form.Target, out var target) || string.IsNullOrWhiteSpace(form.TargetKey) || form.TargetKey.Length > 32
            || string.IsNullOrWhiteSpace(form.Text) || form.Text.Trim().Length > Comment.MaxLength)
        {
            return TypedResults.LocalRedirect(back);
        }

        return await comments.AddAsync(authorId, runnerId, target, form.TargetKey, form.Text, ct) is null
            ? TypedResults.NotFound()
            : TypedResults.LocalRedirect(back);
    }
}

/// <summary>What a comment box posts.</summary>
public sealed class CommentFormPost
{
    public string? Target { get; set; }

    public string? TargetKey { get; set; }

    public string? Text { get; set; }

    public string? ReturnUrl { get; set; }
}
