using Harrier.Core.Answers;
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
        app.MapPost("/coach/clients/{runnerId}/plan/sessions/{date}/move", MoveAsync).RequireAuthorization(Infrastructure.IdentitySetup.CoachPolicy)
            .ExcludeFromDescription();
    }

    /// <summary>The coach's "move this session" box on a client's page: the same rules as the API; back to the page with what happened.</summary>
    private static async Task<Results<RedirectHttpResult, NotFound>> MoveAsync(
        string runnerId, DateOnly date, [FromForm] MoveFormPost form, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachAccess access,
        Data.Plans.RunnerPlans plans, TimeProvider clock, CancellationToken ct)
    {
        var coach = await users.GetUserAsync(principal);
        if (coach is null || await access.TrainingAsync(coach.Id, runnerId, ct) is null || await users.FindByIdAsync(runnerId) is not { } runner
            || await plans.ActiveAsync(runnerId, ct) is not { } stored)
        {
            return TypedResults.NotFound();
        }

        DateOnly? to = DateOnly.TryParseExact(form.To, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day : null;
        var result = await Features.Plans.SessionsApi.MoveForAsync(
            stored, date, new Features.Plans.MoveRequest(to, form.Time, form.Reason), runner.Today(clock), plans, coach.DisplayName, ct);
        var message = result.Result is ValidationProblem problem
            ? "problem=" + Uri.EscapeDataString(string.Join(" ", problem.ProblemDetails.Errors.SelectMany(e => e.Value)))
                + "&session=" + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                + "&to=" + Uri.EscapeDataString(Limit(form.To)) + "&time=" + Uri.EscapeDataString(Limit(form.Time))
                + "&reason=" + Uri.EscapeDataString(Limit(form.Reason))
            : "moved=" + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.LocalRedirect($"/coach/clients/{Uri.EscapeDataString(runnerId)}?{message}#plan");
    }

    /// <summary>What was typed, cut to a length a link carries (the form's own limit is 200).</summary>
    private static string Limit(string? text) => text is null ? "" : text.Length <= 200 ? text : text[..200];

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
        if (!Choice.TryParse<CommentTarget>(form.Target, out var target) || string.IsNullOrWhiteSpace(form.TargetKey) || form.TargetKey.Length > 32
            || string.IsNullOrWhiteSpace(form.Text) || form.Text.Trim().Length > Comment.MaxLength)
        {
            return TypedResults.LocalRedirect(back);
        }

        return await comments.AddAsync(authorId, runnerId, target, form.TargetKey, form.Text, ct) is null
            ? TypedResults.NotFound()
            : TypedResults.LocalRedirect(back);
    }
}

/// <summary>What the coach's move box posts: the new day (yyyy-MM-dd), an optional time, and why.</summary>
public sealed class MoveFormPost
{
    public string? To { get; set; }

    public string? Time { get; set; }

    public string? Reason { get; set; }
}

/// <summary>What a comment box posts.</summary>
public sealed class CommentFormPost
{
    public string? Target { get; set; }

    public string? TargetKey { get; set; }

    public string? Text { get; set; }

    public string? ReturnUrl { get; set; }
}
