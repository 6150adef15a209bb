using System.Security.Claims;
using Harrier.Data;
using Harrier.Data.GroupRuns;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Harrier.Web.Features.GroupRuns;

/// <summary>The plain form post behind the yes / maybe / no buttons on Today (antiforgery checked); it goes back to Today.</summary>
public static class GroupRunForms
{
    public static void MapGroupRunForms(this IEndpointRouteBuilder app) =>
        app.MapPost("/group-runs/{id:int}/answer", AnswerAsync).RequireAuthorization().ExcludeFromDescription();

    private static async Task<Results<RedirectHttpResult, NotFound>> AnswerAsync(
        int id, [FromForm] string? answer, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerGroupRuns mine, CancellationToken ct)
    {
        var value = answer switch
        {
            "yes" => RsvpAnswer.Yes,
            "no" => RsvpAnswer.No,
            "maybe" => RsvpAnswer.Maybe,
            _ => RsvpAnswer.None,
        };
        if (value == RsvpAnswer.None)
        {
            return TypedResults.LocalRedirect("/today#group-runs");
        }

        return await mine.AnswerAsync(users.GetUserId(principal)!, id, value, ct)
            ? TypedResults.LocalRedirect("/today?answered=" + id + "#group-runs")
            : TypedResults.NotFound();
    }
}
