using System.Security.Claims;
using Harrier.Data;
using Harrier.Data.Ownership;
using Harrier.Import.Sources;
using Harrier.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Harrier.Web.Features.Account;

/// <summary>The runner's own data: download all of it, bring it in from another server, or delete the account.</summary>
public static class OwnerDataApi
{
    public static void MapOwnerDataApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Account").RequireAuthorization();
        me.MapGet("/export", ExportAsync).WithName("ExportAccount").Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .WithSummary("Everything Harrier holds about you as one zip: account.json (docs/EXPORT.md) and your original activity files.");
        me.MapDelete("/", DeleteAsync).WithName("DeleteAccount")
            .WithSummary("Delete your account and everything of it (runs, files, plans, health records, coaching links, comments). Give your password.");
        // Bearer tokens only, like POST /api/imports: a browser uses the page's form, which carries an antiforgery token.
        app.MapPost("/api/me/import", ImportAsync).WithTags("Account").WithName("ImportAccount").DisableAntiforgery()
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser())
            .WithSummary("Import an account export (multipart form field \"file\") into this account, which must hold no runs, plans or health records yet. "
                + "All or nothing.");
    }

    private static async Task<Results<PushStreamHttpResult, UnauthorizedHttpResult>> ExportAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, HarrierDbContext db, TimeProvider clock, HttpContext context)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var export = new AccountExport(db, clock);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Stream(body => export.WriteAsync(user.Id, body, context.RequestAborted), "application/zip", export.FileName());
    }

    private static async Task<Results<Ok<AccountImportCounts>, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> ImportAsync(
        IFormFileCollection files, ClaimsPrincipal principal, UserManager<HarrierUser> users, HarrierDbContext db, ImportLimits limits, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if ((files["file"] ?? (files.Count > 0 ? files[0] : null)) is not { } file)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Send the export zip as the form field \"file\"."] });
        }

        var import = new AccountImport(db, limits);
        if (!await import.IsEmptyAsync(user.Id, ct))
        {
            return TypedResults.Problem("This account already holds runs, plans or health records; import into a new or empty account only.",
                statusCode: StatusCodes.Status409Conflict, title: "Account not empty");
        }

        await using var stream = file.OpenReadStream();
        var result = await import.ImportAsync(user.Id, stream, ct);
        return result.Counts is { } counts
            ? TypedResults.Ok(counts)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [result.Problem!] });
    }

    private static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult, TooManyAttempts>> DeleteAsync(
        [FromBody] DeleteAccountRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, SignInManager<HarrierUser> signIn,
        SignInThrottle throttle, HttpContext http, HarrierDbContext db, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["password"] = ["Give your password to confirm."] });
        }

        // Wrong passwords count like failed sign-ins, so a stolen token cannot guess its way to deleting the account.
        if (throttle.Wait(http, user.Email) is { } wait)
        {
            return new TooManyAttempts(wait);
        }

        if (!await users.CheckPasswordAsync(user, request.Password ?? ""))
        {
            throttle.Failed(http, user.Email);
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["password"] = ["That is not your password."] });
        }

        await new AccountDeletion(db).DeleteAsync(user.Id, ct);
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}

/// <summary>The account's password, to confirm that it is really to be deleted.</summary>
public sealed record DeleteAccountRequest(string? Password);
