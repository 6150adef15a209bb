using System.Security.Claims;
using Harrier.Data;
using Harrier.Data.Import;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Features.Import;

public static class ImportApi
{
    /// <summary>
    /// <c>POST /api/imports</c>: multipart upload of activity files or zip archives. Bearer tokens only: a cookie-authenticated
    /// browser uses the import page, whose form carries an antiforgery token.
    /// </summary>
    public static RouteGroupBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/imports").WithTags("Import")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser());
        api.MapPost("/", ImportAsync).DisableAntiforgery().WithName("ImportFiles")
            .WithSummary("Import .fit/.gpx/.tcx files (also .gz) or zip archives; one result per activity. Optional form field shoeId: "
                + "the pair the runs were run in (an export's own gear wins).");
        return api;
    }

    private static async Task<Results<Ok<ImportResponse>, UnauthorizedHttpResult, BadRequest<string>, ValidationProblem>> ImportAsync(
        IFormFileCollection files, [Microsoft.AspNetCore.Mvc.FromForm] string? shoeId, ClaimsPrincipal principal, UserManager<HarrierUser> users,
        UploadImport uploads, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (files.Count == 0)
        {
            return TypedResults.BadRequest("Send at least one file as multipart/form-data.");
        }

        var (shoe, shoeProblem) = UploadImport.ParseShoe(shoeId);
        var (imported, problem) = shoeProblem is null ? await uploads.ImportAsync(user, files, new ImportOptions(shoe), ct) : (null, shoeProblem);
        if (imported is not { } outcomes)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["shoeId"] = [problem!] });
        }

        return TypedResults.Ok(new ImportResponse(
            outcomes.Count(o => o.Status == ImportStatus.Imported), outcomes.Count(o => o.Status == ImportStatus.Duplicate),
            outcomes.Count(o => o.Status == ImportStatus.Skipped), outcomes.Select(ImportFileResponse.From).ToArray()));
    }
}

public sealed record ImportResponse(int Imported, int Duplicates, int Skipped, IReadOnlyList<ImportFileResponse> Files);

/// <summary>One activity's result; <paramref name="Session"/> is its 0-based index in a file holding several (null for a file of one).</summary>
/// <param name="Message">What was imported (in the runner's unit and time zone), or why not.</param>
/// <param name="CrossTraining">True for a swim, ride, transition or other sport kept as cross-training rather than as a run.</param>
public sealed record ImportFileResponse(
    string File, int? Session, ImportStatus Status, string Message, int? RunId, bool CrossTraining, bool Unreadable, IReadOnlyList<string> Issues)
{
    public static ImportFileResponse From(ImportOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new ImportFileResponse(o.File, o.Session, o.Status, o.Message, o.RunId, o.CrossTraining, o.Unreadable, o.Issues ?? []);
    }
}
