using Harrier.Core.Answers;
using System.Security.Claims;
using Harrier.Core.Coaching;
using Harrier.Core.Plans;
using Harrier.Data;
using Harrier.Data.Coaching;
using Harrier.Data.Intake;
using Harrier.Data.Plans;
using Harrier.Web.Features.Load;
using Harrier.Web.Features.Pain;
using Harrier.Web.Features.Runs;
using Harrier.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Features.Coaching;

/// <summary>
/// The coach's side: invitations, clients, the roster, and a client's data within what they share. A runner who is not the coach's
/// client, or data outside the shared scope, answers 404 exactly like data that does not exist; every health view is recorded.
/// </summary>
public static class CoachApi
{
    public static void MapCoachApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/coach").WithTags("Coach").RequireAuthorization(IdentitySetup.CoachPolicy);
        api.MapPost("/invitations", InviteAsync).WithName("CreateInvitation")
            .WithSummary("A single-use invitation code (shown once, valid 7 days) and the link a runner opens to accept it.");
        api.MapGet("/invitations", InvitationsAsync).WithName("ListInvitations").WithSummary("Invitations not yet accepted, revoked or expired.");
        api.MapDelete("/invitations/{id:int}", RevokeAsync).WithName("RevokeInvitation");
        api.MapGet("/clients", ClientsAsync).WithName("ListClients").WithSummary("Runners who shared their data with the coach.");
        api.MapGet("/roster", RosterAsync).WithName("Roster")
            .WithSummary("Every client, who needs attention first (warning sign, pain not settling, intake due, missed sessions), with the reasons.");
        var client = api.MapGroup("/clients/{runnerId}");
        client.MapDelete("", EndAsync).WithName("EndClientLink").WithSummary("End the link with a client: access ends at once.");
        client.MapGet("/log/weeks", WeeksAsync).WithName("ClientWeeks").WithSummary("The client's last N weeks (default 8) with totals.");
        client.MapGet("/plan", PlanAsync).WithName("ClientPlan");
        client.MapPost("/plan", SetPlanAsync).WithName("SetClientPlan")
            .WithSummary("Set a plan for a client (the same body and checks as POST /api/plans, in the client's calendar and unit); it replaces their plan and is marked as set by the coach.");
        client.MapPost("/plan/sessions/{date}/move", MoveSessionAsync).WithName("MoveClientSession")
            .WithSummary("Move a client's session to another day or time with a reason (required); the client reads the reason with your name, "
                + "and the same rules apply as when they move it themselves.");
        client.MapGet("/load", LoadAsync).WithName("ClientLoad");
        client.MapGet("/pain", PainAsync).WithName("ClientPain").WithSummary("Pain journal and check-ins of the last 28 days (health scope; the view is recorded).");
        client.MapGet("/intake", IntakeAsync).WithName("ClientIntake").WithSummary("The client's intake and its status (health scope; recorded).");
        client.MapPost("/intake", EnterIntakeAsync).WithName("EnterClientIntake")
            .WithSummary("Go through the intake with the client (health scope); kept as entered by the coach.");
        client.MapGet("/comments", CommentsAsync).WithName("ClientComments");
        client.MapPost("/comments", CommentAsync).WithName("CommentForClient")
            .WithSummary("Comment on a client's run, planned session (training scope) or pain entry (health scope).");
    }

    private static async Task<Created<InvitationCreated>> InviteAsync(
        HttpRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, Invitations invitations, PublicLinks links, CancellationToken ct)
    {
        var (invitation, code) = await invitations.CreateAsync(users.GetUserId(principal)!, ct);
        return TypedResults.Created($"/api/coach/invitations/{invitation.Id}",
            new InvitationCreated(invitation.Id, Invitations.Display(code), links.Join(code, request.Origin()), invitation.ExpiresUtc));
    }

    private static async Task<Ok<InvitationResponse[]>> InvitationsAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, Invitations invitations, CancellationToken ct) =>
        TypedResults.Ok((await invitations.OpenAsync(users.GetUserId(principal)!, ct))
            .Select(i => new InvitationResponse(i.Id, i.CreatedUtc, i.ExpiresUtc)).ToArray());

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(
        int id, ClaimsPrincipal principal, UserManager<HarrierUser> users, Invitations invitations, CancellationToken ct) =>
        await invitations.RevokeAsync(users.GetUserId(principal)!, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<ClientResponse[]>> ClientsAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachAccess access, CancellationToken ct) =>
        TypedResults.Ok((await access.ClientsAsync(users.GetUserId(principal)!, ct))
            .Select(c => new ClientResponse(c.Runner.Id, c.Runner.DisplayName, c.Link.Scope, c.Link.Scope.ForCoach(), c.Link.CreatedUtc)).ToArray());

    private static async Task<Ok<RosterResponse[]>> RosterAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachRoster roster, CancellationToken ct) =>
        TypedResults.Ok((await roster.BuildAsync(users.GetUserId(principal)!, "api", ct)).Select(RosterResponse.From).ToArray());

    private static async Task<Results<NoContent, NotFound>> EndAsync(
        string runnerId, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachAccess access, Invitations invitations, CancellationToken ct)
    {
        var coachId = users.GetUserId(principal)!;
        return await access.LinkAsync(coachId, runnerId, ct) is { } link && await invitations.EndAsync(link.Id, coachId, ct)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<WeekResponse[]>, NotFound>> WeeksAsync(
        string runnerId, int? weeks, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachAccess access, HarrierDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        if (await ClientAsync(runnerId, principal, users, access, ct) is not { } runner)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await LogApi.LastWeeksAsync(db, runner, runner.Today(clock), Math.Clamp(weeks ?? 8, 1, 104), ct));
    }

    private static async Task<Results<Ok<PlanDocument>, NotFound>> PlanAsync(
        string runnerId, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachAccess access, RunnerPlans plans, CancellationToken ct) =>
        await ClientAsync(runnerId, principal, users, access, ct) is { } runner && await plans.ActiveAsync(runner.Id, ct) is { } stored
            ? TypedResults.Ok(PlanDocument.From(stored.Plan))
            : TypedResults.NotFound();

    private static async Task<Results<Created<PlanDocument>, ValidationProblem, NotFound>> SetPlanAsync(
        string runnerId, Features.Plans.PlanRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachAccess access,
        RunnerPlans plans, TimeProvider clock, CancellationToken ct)
    {
        if (await ClientAsync(runnerId, principal, users, access, ct) is not { } runner)
        {
            return TypedResults.NotFound();
        }

        var check = (request ?? new Features.Plans.PlanRequest()).ToInput(runner.DistanceUnit).Validate(runner.Today(clock));
        if (!check.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors.ToDictionary());
        }

        var plan = check.Build();
        await plans.StartAsync(runner.Id, plan, ct, setById: users.GetUserId(principal));
        return TypedResults.Created($"/api/coach/clients/{runner.Id}/plan", PlanDocument.From(plan, check));
    }

    private static async Task<Results<Ok<Features.Plans.PlanEditResponse>, ValidationProblem, NotFound>> MoveSessionAsync(
        string runnerId, DateOnly date, Features.Plans.MoveRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users,
        CoachAccess access, RunnerPlans plans, TimeProvider clock, CancellationToken ct)
    {
        if (await ClientAsync(runnerId, principal, users, access, ct) is not { } runner || await plans.ActiveAsync(runner.Id, ct) is not { } stored)
        {
            return TypedResults.NotFound();
        }

        var coach = (await users.GetUserAsync(principal))!;
        return await Features.Plans.SessionsApi.MoveForAsync(stored, date, request, runner.Today(clock), plans, coach.DisplayName, ct);
    }

    private static async Task<Results<Ok<LoadResponse>, NotFound>> LoadAsync(
        string runnerId, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachAccess access, HarrierDbContext db, TimeProvider clock,
        CancellationToken ct)
    {
        if (await ClientAsync(runnerId, principal, users, access, ct) is not { } runner)
        {
            return TypedResults.NotFound();
        }

        var report = await LoadReport.BuildAsync(db, runner, clock.GetUtcNow().UtcDateTime, LoadReport.DefaultWeeks, ct);
        return TypedResults.Ok(LoadResponse.From(report, runner.TimeZone.Id));
    }

    private static async Task<Results<Ok<ClientPainResponse>, NotFound>> PainAsync(
        string runnerId, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachAccess access, HarrierDbContext db, TimeProvider clock,
        CancellationToken ct)
    {
        var coachId = users.GetUserId(principal)!;
        if (await access.HealthAsync(coachId, runnerId, HealthRecord.PainJournal, "api", ct) is null || await db.Users.FindAsync([runnerId], ct) is not { } runner)
        {
            return TypedResults.NotFound();
        }

        var from = runner.Today(clock).AddDays(-Data.Pain.PainJournal.WindowDays);
        var journal = new Data.Pain.PainJournal(db, clock);
        var entries = await journal.RecentAsync(runnerId, from, ct);
        var checkIns = await journal.CheckInsAsync(runnerId, from, ct);
        return TypedResults.Ok(new ClientPainResponse(entries.Select(PainEntryResponse.From).ToArray(),
            checkIns.Select(c => new CheckInResponse(c.Day, c.Pain, c.SomethingNew)).ToArray()));
    }

    private static async Task<Results<Ok<IntakeStatusResponse>, NotFound>> IntakeAsync(
        string runnerId, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachAccess access, RunnerIntake intake, HarrierDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        var coachId = users.GetUserId(principal)!;
        return await access.HealthAsync(coachId, runnerId, HealthRecord.Intake, "api", ct) is not null && await db.Users.FindAsync([runnerId], ct) is { } runner
            ? TypedResults.Ok(await IntakeApi.StatusAsync(intake, runner, clock, ct))
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<IntakeResponse>, NotFound, ValidationProblem>> EnterIntakeAsync(
        string runnerId, IntakeRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachAccess access, RunnerIntake intake,
        HarrierDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var coachId = users.GetUserId(principal)!;
        if (await access.HealthAsync(coachId, runnerId, HealthRecord.Intake, "api", ct) is null || await db.Users.FindAsync([runnerId], ct) is not { } runner)
        {
            return TypedResults.NotFound();
        }

        return await IntakeApi.SaveAsync(request, runner, coachId, intake, clock, ct);
    }

    private static async Task<Results<Ok<CommentResponse[]>, NotFound, ValidationProblem>> CommentsAsync(
        string runnerId, string? target, string? key, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachAccess access,
        Comments comments, CancellationToken ct)
    {
        var coachId = users.GetUserId(principal)!;
        if (await access.LinkAsync(coachId, runnerId, ct) is not { } link)
        {
            return TypedResults.NotFound();
        }

        if (!Choice.TryParse<CommentTarget>(target, out var kind) || string.IsNullOrWhiteSpace(key))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["target"] = ["Give target (run, pain-entry or session) and key."] });
        }

        return kind == CommentTarget.PainEntry && !link.SharesHealth
            ? TypedResults.NotFound()
            : TypedResults.Ok((await comments.OnAsync(runnerId, kind, key, ct)).Select(c => CommentsApi.Response(c, runnerId)).ToArray());
    }

    private static async Task<Results<Created<CommentResponse>, NotFound, ValidationProblem>> CommentAsync(
        string runnerId, CommentRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, Comments comments, CancellationToken ct) =>
        await CommentsApi.AddAsync(users.GetUserId(principal)!, runnerId, request, comments, ct);

    /// <summary>The client, when the coach has an active link with them (any scope covers training), or null.</summary>
    private static async Task<HarrierUser?> ClientAsync(
        string runnerId, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachAccess access, CancellationToken ct) =>
        await access.TrainingAsync(users.GetUserId(principal)!, runnerId, ct) is not null ? await users.FindByIdAsync(runnerId) : null;
}

/// <summary>A client's pain journal and check-ins, as their coach sees them.</summary>
public sealed record ClientPainResponse(IReadOnlyList<PainEntryResponse> Entries, IReadOnlyList<CheckInResponse> CheckIns);
