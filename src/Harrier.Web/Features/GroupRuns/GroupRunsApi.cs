using System.Security.Claims;
using Harrier.Core.GroupRuns;
using Harrier.Data;
using Harrier.Data.GroupRuns;
using Harrier.Import;
using Harrier.Import.Sources;
using Harrier.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Features.GroupRuns;

/// <summary>
/// Group runs: the coach creates, changes and cancels them, reads the run sheet and marks attendance; invited runners see their
/// invitations and answer. Another coach's run answers 404, like one that does not exist.
/// </summary>
public static class GroupRunsApi
{
    public static void MapGroupRunsApi(this IEndpointRouteBuilder app)
    {
        var mine = app.MapGroup("/api/group-runs").WithTags("Group runs").RequireAuthorization();
        mine.MapGet("/invitations", InvitationsAsync).WithName("MyGroupRunInvitations")
            .WithSummary("The runner's invitations from today on, with their own session that day and the light at the start.");
        mine.MapPost("/{id:int}/answer", AnswerAsync).WithName("AnswerGroupRun").WithSummary("Answer an invitation: yes, no or maybe.");

        var coach = app.MapGroup("/api/group-runs").WithTags("Group runs").RequireAuthorization(IdentitySetup.CoachPolicy);
        coach.MapPost("/", CreateAsync).WithName("CreateGroupRun")
            .WithSummary("Create a group run, or a weekly series with repeatDays and weeks; times are local to the place's IANA zone.");
        coach.MapGet("/", ListAsync).WithName("ListGroupRuns").WithSummary("The coach's group runs from a date (default today), soonest first.");
        coach.MapGet("/places", PlacesAsync).WithName("ListMeetingPlaces").WithSummary("Places used before, most recent first.");
        coach.MapGet("/{id:int}", GetAsync).WithName("GetGroupRun").WithSummary("One group run with its daylight, route points and answers.");
        coach.MapPut("/{id:int}", UpdateAsync).WithName("UpdateGroupRun")
            .WithSummary("Change a run, or with series=true this and the later runs of its series (they keep their dates); calendars update. "
                + "Invitees left out stay as they are.");
        coach.MapDelete("/{id:int}", CancelAsync).WithName("CancelGroupRun")
            .WithSummary("Cancel a run, or with series=true this and the later runs of its series; calendars show them cancelled.");
        coach.MapPost("/{id:int}/route", RouteAsync).WithName("SetGroupRunRoute").DisableAntiforgery()
            .WithSummary("Upload a GPX route (multipart field 'file') for a run, or with series=true for the rest of its series.");
        coach.MapGet("/{id:int}/sheet", SheetAsync).WithName("GroupRunSheet")
            .WithSummary("The run sheet: each runner who said yes with their own session, readiness and finish time, and when the group is back.");
        coach.MapPost("/{id:int}/attendance", AttendanceAsync).WithName("MarkGroupRunAttendance")
            .WithSummary("After the run: done, cut-short, hurt (with pain) or absent per runner; each session's outcome goes through the plan's pain decision.");
    }

    private static async Task<Results<Created<GroupRunResponse[]>, ValidationProblem, UnauthorizedHttpResult>> CreateAsync(
        GroupRunInput input, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachGroupRuns runs, TimeProvider clock, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } coach)
        {
            return TypedResults.Unauthorized();
        }

        var check = input.Validate(coach.Today(clock), coach.TimeZoneId);
        if (check.Request is not { } request)
        {
            return TypedResults.ValidationProblem(check.Errors);
        }

        var (created, errors) = await runs.CreateAsync(coach.Id, request, null, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var details = await runs.ListByIdsAsync(coach.Id, created.Select(r => r.Id).ToArray(), ct);
        return TypedResults.Created($"/api/group-runs/{created[0].Id}", details.Select(d => GroupRunResponse.From(d, false)).ToArray());
    }

    private static async Task<Ok<GroupRunResponse[]>> ListAsync(
        DateOnly? from, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachGroupRuns runs, TimeProvider clock, CancellationToken ct)
    {
        var coach = (await users.GetUserAsync(principal))!;
        var list = await runs.ListAsync(coach.Id, from ?? coach.Today(clock), 200, ct);
        return TypedResults.Ok(list.Select(d => GroupRunResponse.From(d, false)).ToArray());
    }

    private static async Task<Ok<PlaceResponse[]>> PlacesAsync(ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachGroupRuns runs, CancellationToken ct) =>
        TypedResults.Ok((await runs.PlacesAsync(users.GetUserId(principal)!, ct)).Select(PlaceResponse.From).ToArray());

    private static async Task<Results<Ok<GroupRunResponse>, NotFound>> GetAsync(
        int id, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachGroupRuns runs, CancellationToken ct) =>
        await runs.GetAsync(users.GetUserId(principal)!, id, ct) is { } run ? TypedResults.Ok(GroupRunResponse.From(run, true)) : TypedResults.NotFound();

    private static async Task<Results<Ok<GroupRunResponse[]>, ValidationProblem, NotFound>> UpdateAsync(
        int id, bool? series, GroupRunInput input, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachGroupRuns runs, TimeProvider clock,
        CancellationToken ct)
    {
        var coach = (await users.GetUserAsync(principal))!;
        // Invitees left out stay invited: changing a time must never uninvite everyone (an empty list uninvites them).
        if (input.Invitees is null && await runs.GetAsync(coach.Id, id, ct) is { } current)
        {
            input = input with { Invitees = [.. current.Invitees.Where(i => i.Invitee.IsInvited).Select(i => i.Invitee.RunnerId)] };
        }

        var check = input.Validate(coach.Today(clock), coach.TimeZoneId);
        if (check.Request is not { } request)
        {
            return TypedResults.ValidationProblem(check.Errors);
        }

        if (request.Dates.Count > 1)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [GroupRunField.RepeatDays] = ["A change applies to this run or the rest of its series; create a new series to repeat on other days."],
            });
        }

        var (changed, errors) = await runs.UpdateAsync(coach.Id, id, request, series == true, null, false, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (changed is null)
        {
            return TypedResults.NotFound();
        }

        var details = await runs.ListByIdsAsync(coach.Id, changed.Select(r => r.Id).ToArray(), ct);
        return TypedResults.Ok(details.Select(d => GroupRunResponse.From(d, false)).ToArray());
    }

    private static async Task<Results<NoContent, ValidationProblem, NotFound>> CancelAsync(
        int id, bool? series, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachGroupRuns runs, CancellationToken ct) =>
        await runs.CancelAsync(users.GetUserId(principal)!, id, series == true, ct) switch
        {
            null => TypedResults.NotFound(),
            { AlreadyStarted: true } => TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["id"] = ["This run has already started, so it cannot be cancelled. Mark who came instead."],
            }),
            _ => TypedResults.NoContent(),
        };

    private static async Task<Results<Ok<RouteResponse>, ValidationProblem, NotFound>> RouteAsync(
        int id, bool? series, IFormFile? file, ClaimsPrincipal principal, UserManager<HarrierUser> users, CoachGroupRuns runs, ImportLimits limits,
        CancellationToken ct)
    {
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Choose a GPX file with the route."] });
        }

        await using var stream = file.OpenReadStream();
        var (route, error) = RouteReader.Read(file.FileName, stream, limits, ct);
        if (route is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [error!] });
        }

        var coachId = users.GetUserId(principal)!;
        return await runs.SetRouteAsync(coachId, id, route, series == true, ct) && await runs.GetAsync(coachId, id, ct) is { } run
            ? TypedResults.Ok(RouteResponse.From(route, withPoints: true, run.Run.Place))
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<RunSheetResponse>, NotFound>> SheetAsync(
        int id, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunSheets sheets, CancellationToken ct) =>
        await sheets.BuildAsync(users.GetUserId(principal)!, id, "api", ct) is { } built
            ? TypedResults.Ok(RunSheetResponse.From(built.Run, built.Sheet))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<AttendanceResponse>, ValidationProblem, NotFound>> AttendanceAsync(
        int id, AttendanceRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, GroupRunAttendance attendance, CancellationToken ct)
    {
        var marks = new List<AttendanceMark>();
        foreach (var m in request.Marks ?? [])
        {
            if (string.IsNullOrWhiteSpace(m.RunnerId) || m.Attendance is not { } mark)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["marks"] = ["Each mark needs a runnerId and an attendance: done, cut-short, hurt or absent."],
                });
            }

            marks.Add(new AttendanceMark(m.RunnerId, mark, m.Pain));
        }

        var result = await attendance.MarkAsync(users.GetUserId(principal)!, id, marks, ct);
        return result switch
        {
            null => TypedResults.NotFound(),
            { Error: { } error } => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["marks"] = [error] }),
            _ => TypedResults.Ok(new AttendanceResponse([.. result.Changes.Select(c => new AttendanceChange(c.RunnerId, c.Change?.Reason))])),
        };
    }

    private static async Task<Ok<InvitationToRunResponse[]>> InvitationsAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerGroupRuns mine, TimeProvider clock, CancellationToken ct)
    {
        var runner = (await users.GetUserAsync(principal))!;
        var invitations = await mine.InvitationsAsync(runner.Id, runner.Today(clock).AddDays(-1), ct);
        return TypedResults.Ok(invitations.Select(i => new InvitationToRunResponse(
            i.Run.Run.Id, i.Run.Run.Title, i.CoachName, PlaceResponse.From(i.Run.Run.Place), i.Run.Start, i.Run.Run.IsCancelled, i.Run.LightLine,
            i.Run.Light.IsDark, i.Mine.Answer, i.Mine.Attendance, i.Session is { } s ? $"{s.Title}: {WorkoutSummary.Compact(s)}" : null,
            i.Run.Run.Notes)).ToArray());
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> AnswerAsync(
        int id, AnswerRequest request, ClaimsPrincipal principal, UserManager<HarrierUser> users, RunnerGroupRuns mine, CancellationToken ct)
    {
        if (request.Answer is not ({ } answer and not RsvpAnswer.None))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["answer"] = ["Answer yes, no or maybe."] });
        }

        return await mine.AnswerAsync(users.GetUserId(principal)!, id, answer, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
