using System.Security.Claims;
using Harrier.Data;
using Harrier.Data.Coaching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Features.Coaching;

/// <summary>Comments on the signed-in runner's runs, pain entries and planned sessions: read them and reply.</summary>
public static class CommentsApi
{
    public static void MapCommentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/comments").WithTags("Coach").RequireAuthorization();
        api.MapGet("", LatestAsync).WithName("MyComments").WithSummary("The latest comments coaches left on your runs, entries and sessions.");
        api.MapPost("", ReplyAsync).WithName("ReplyToComment").WithSummary("Comment or reply on one of your own runs, pain entries or sessions.");
    }

    /// <summary>A comment on the wire.</summary>
    public static CommentResponse Response((Comment Comment, string Author) row, string runnerId) =>
        new(row.Comment.Id, row.Author, row.Comment.AuthorId == runnerId, row.Comment.Target, row.Comment.TargetKey, row.Comment.Text,
            row.Comment.CreatedUtc);

    /// <summary>Adds a comment by <paramref name="authorId"/> on the runner's target: 400 for bad input, 404 when not allowed or not found.</summary>
    public static async Task<Results<Created<CommentResponse>, NotFound, ValidationProblem>> AddAsync(
        string authorId, string runnerId, CommentRequest request, Comments comments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(comments);
        var errors = new Dictionary<string, string[]>();
        if (request.Target is null)
        {
            errors["target"] = ["Say what the comment is about: run, pain-entry or session."];
        }

        if (string.IsNullOrWhiteSpace(request.TargetKey) || request.TargetKey.Length > 32)
        {
            errors["targetKey"] = ["Give the run's or entry's id, or the session's date (yyyy-mm-dd)."];
        }

        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Trim().Length > Comment.MaxLength)
        {
            errors["text"] = [$"Write a comment of 1 to {Comment.MaxLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var comment = await comments.AddAsync(authorId, runnerId, request.Target!.Value, request.TargetKey!, request.Text!, ct);
        return comment is null
            ? TypedResults.NotFound()
            : TypedResults.Created($"/api/comments/{comment.Id}", new CommentResponse(comment.Id, "", comment.AuthorId == runnerId, comment.Target,
                comment.TargetKey, comment.Text, comment.CreatedUtc));
    }

    private static async Task<Ok<CommentResponse[]>> LatestAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, Comments comments, CancellationToken ct)
    {
        var id = users.GetUserId(principal)!;
        return TypedResults.Ok((await comments.ForRunnerAsync(id, 50, ct)).Select(c => Response(c, id)).ToArray());
    }

    private static async Task<Results<Created<CommentResponse>, NotFound, ValidationProblem>> ReplyAsync(
        CommentRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, Comments comments, CancellationToken ct)
    {
        var id = users.GetUserId(principal)!;
        return await AddAsync(id, id, request, comments, ct);
    }
}
