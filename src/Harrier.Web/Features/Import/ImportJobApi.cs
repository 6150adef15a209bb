using System.Security.Claims;
using Harrier.Data;
using Harrier.Data.Import;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Features.Import;

/// <summary>
/// <c>/api/import-jobs</c>: uploads imported in the background (a whole export returns at once), their progress, and
/// cancelling (<c>POST /api/imports</c> is the direct path, which answers when every file is done). A cookie-signed request that
/// changes something must carry the page's antiforgery token (<see cref="Infrastructure.CookieForgeryCheck"/>).
/// </summary>
public static class ImportJobApi
{
    public static RouteGroupBuilder MapImportJobApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/import-jobs").WithTags("Import").RequireAuthorization();
        api.MapPost("/", QueueAsync).DisableAntiforgery().WithName("QueueImport")
            .WithSummary("Queue .fit/.gpx/.tcx files (also .gz) or zip archives for import in the background; answers 202 with the job "
                + "at once. Optional form field shoeId. A runner's imports run one at a time, in order.");
        api.MapGet("/", ListAsync).WithName("ListImportJobs").WithSummary("The runner's latest 20 background imports, newest first.");
        api.MapGet("/{id:int}", GetAsync).WithName("GetImportJob")
            .WithSummary("One background import: its state, files found and done, counts, and each activity's result.");
        api.MapPost("/{id:int}/cancel", CancelAsync).DisableAntiforgery().WithName("CancelImportJob")
            .WithSummary("Stop a background import before its next file; what it imported stays. An import that has ended is left as it is.");
        return api;
    }

    private static async Task<Results<Accepted<ImportJobResponse>, UnauthorizedHttpResult, ValidationProblem>> QueueAsync(
        IFormFileCollection files, [Microsoft.AspNetCore.Mvc.FromForm] string? shoeId, ClaimsPrincipal principal, UserManager<HarrierUser> users,
        ImportQueue queue, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (files.Count == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["files"] = ["Send at least one file as multipart/form-data."] });
        }

        var (shoe, shoeProblem) = UploadImport.ParseShoe(shoeId);
        if (shoeProblem is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["shoeId"] = [shoeProblem] });
        }

        var (job, problem) = await queue.QueueAsync(user, files, new ImportOptions(shoe), ct);
        return job is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [problem!.Contains("shoes", StringComparison.Ordinal) ? "shoeId" : "files"] = [problem] })
            : TypedResults.Accepted($"/api/import-jobs/{job.Id}", ImportJobResponse.From(job));
    }

    private static async Task<Ok<ImportJobResponse[]>> ListAsync(ClaimsPrincipal principal, UserManager<HarrierUser> users, ImportJobs jobs, CancellationToken ct) =>
        TypedResults.Ok((await jobs.ListAsync(users.GetUserId(principal)!, 20, ct)).Select(j => ImportJobResponse.From(j, withFiles: false)).ToArray());

    private static async Task<Results<Ok<ImportJobResponse>, NotFound>> GetAsync(
        int id, ClaimsPrincipal principal, UserManager<HarrierUser> users, ImportJobs jobs, CancellationToken ct) =>
        await jobs.GetAsync(users.GetUserId(principal)!, id, ct) is { } job ? TypedResults.Ok(ImportJobResponse.From(job)) : TypedResults.NotFound();

    private static async Task<Results<Ok<ImportJobResponse>, NotFound>> CancelAsync(
        int id, ClaimsPrincipal principal, UserManager<HarrierUser> users, ImportJobs jobs, CancellationToken ct)
    {
        var owner = users.GetUserId(principal)!;
        return await jobs.CancelAsync(owner, id, ct) && await jobs.GetAsync(owner, id, ct) is { } job
            ? TypedResults.Ok(ImportJobResponse.From(job))
            : TypedResults.NotFound();
    }
}

/// <summary>A background import as the API shows it.</summary>
/// <param name="State">queued, running, done, cancelled or failed.</param>
/// <param name="FilesFound">Activity files found in the upload (archive entries included); null until the job has looked.</param>
/// <param name="FilesDone">Files done so far.</param>
/// <param name="Problem">Why a failed import stopped.</param>
/// <param name="Files">Each activity's result (up to 2,000); null in lists.</param>
public sealed record ImportJobResponse(
    int Id, ImportJobState State, string Description, int? FilesFound, int FilesDone, int Imported, int Duplicates, int Skipped,
    bool CancelRequested, string? Problem, DateTime CreatedUtc, DateTime? StartedUtc, DateTime? FinishedUtc, IReadOnlyList<ImportFileResponse>? Files)
{
    public static ImportJobResponse From(ImportJob job, bool withFiles = true)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new ImportJobResponse(
            job.Id, job.State, job.Description, job.FilesFound, job.FilesDone, job.Imported, job.Duplicates, job.Skipped, job.CancelRequested,
            job.Problem, job.CreatedUtc, job.StartedUtc, job.FinishedUtc,
            withFiles ? ImportJobs.ResultsOf(job).Select(r => ImportFileResponse.From(r.ToOutcome())).ToArray() : null);
    }
}
