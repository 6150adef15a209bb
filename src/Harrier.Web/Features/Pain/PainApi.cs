using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Harrier.Core.Pain;
using Harrier.Core.Triage;
using Harrier.Data;
using Harrier.Data.Pain;
using Harrier.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Features.Pain;

/// <summary>The pain journal and morning check-ins of the signed-in runner.</summary>
public static class PainApi
{
    public static void MapPainApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/pain").WithTags("Pain").RequireAuthorization();
        api.MapGet("/entries", ListAsync).WithName("ListPainEntries").WithSummary("Entries of the last N days (default 28).");
        api.MapPost("/entries", AddAsync).WithName("AddPainEntry");
        api.MapGet("/check-ins", CheckInsAsync).WithName("ListCheckIns");
        api.MapPost("/check-ins", CheckInAsync).WithName("MorningCheckIn")
            .WithSummary("Record this morning's pain (0–10); returns the pain-monitoring decision and any plan change.");
    }

    private static async Task<Ok<PainEntryResponse[]>> ListAsync(ClaimsPrincipal principal, UserManager<HarrierUser> users, PainJournal journal,
        TimeProvider clock, int? days, CancellationToken ct)
    {
        var user = (await users.GetUserAsync(principal))!;
        var from = user.Today(clock).AddDays(-Math.Clamp(days ?? PainJournal.WindowDays, 1, 3660));
        var entries = await journal.RecentAsync(user.Id, from, ct);
        return TypedResults.Ok(entries.Select(PainEntryResponse.From).ToArray());
    }

    private static async Task<Results<Created<PainEntryResponse>, ValidationProblem>> AddAsync(PainEntryRequest request, ClaimsPrincipal principal,
        UserManager<HarrierUser> users, PainJournal journal, HarrierDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var user = (await users.GetUserAsync(principal))!;
        var errors = Validation.Check(request);
        if (!BodyMap.TryParse($"{request.Region}:{request.Side}", out var spot))
        {
            errors["side"] = ["Choose a spot on the body map: the lower back takes left, centre or right; the rest left or right."];
        }

        if (request.RunId is { } runId && !await db.Runs.OwnedBy(user.Id).AnyAsync(r => r.Id == runId, ct))
        {
            errors["runId"] = ["No such run in your log."];
        }

        if (request.SpreadsTo is { Count: > PainEntryRules.MaxSpreadsTo })
        {
            // Counted before duplicates are dropped, so an endless list is refused rather than shrunk.
            errors["spreadsTo"] = [PainEntryRules.TooManySpreads];
        }
        else if (request.SpreadsTo?.Any(s => s is null || !BodyMap.TryParse($"{s.Region}:{s.Side}", out _)) == true)
        {
            errors["spreadsTo"] = ["Each place it spreads to is a spot on the body map: the lower back takes left, centre or right; the rest left or right."];
        }

        // Each quality at most once: a list longer than there are qualities is refused, not folded away.
        if (request.Qualities is { Count: > 0 } qualities && qualities.Count > Enum.GetValues<PainQuality>().Length)
        {
            errors["qualities"] = ["Give each quality at most once."];
        }

        if (request.Day is null)
        {
            errors["day"] = ["Give the day, YYYY-MM-DD."];
        }

        var entry = new PainEntry(request.Day ?? DateOnly.MinValue, spot)
        {
            SpreadsTo = request.SpreadsTo?.OfType<SpotRequest>().Select(s => new BodySpot(s.Region, s.Side)).Distinct().ToArray() ?? [],
            Quality = request.Qualities?.Aggregate(PainQuality.None, (q, v) => q | v) ?? PainQuality.None,
            DuringRun = request.DuringRun, AfterRun = request.AfterRun, NextMorning = request.NextMorning,
            StiffnessMinutes = request.StiffnessMinutes, RunId = request.RunId, Notes = request.Notes,
        };
        foreach (var (field, problem) in PainEntryRules.Problems(entry, user.Today(clock)))
        {
            errors.TryAdd(field, [problem]);
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (record, result) = await journal.AddAsync(user.Id, entry, user.Today(clock), ct);
        return TypedResults.Created($"/api/pain/entries/{record.Id}", PainEntryResponse.From(record) with { Outcome = PainOutcome.From(result) });
    }

    private static async Task<Ok<CheckInResponse[]>> CheckInsAsync(ClaimsPrincipal principal, UserManager<HarrierUser> users, PainJournal journal,
        TimeProvider clock, int? days, CancellationToken ct)
    {
        var user = (await users.GetUserAsync(principal))!;
        var from = user.Today(clock).AddDays(-Math.Clamp(days ?? PainJournal.WindowDays, 1, 3660));
        var checkIns = await journal.CheckInsAsync(user.Id, from, ct);
        return TypedResults.Ok(checkIns.Select(c => new CheckInResponse(c.Day, c.Pain, c.SomethingNew)).ToArray());
    }

    private static async Task<Results<Ok<CheckInOutcome>, ValidationProblem>> CheckInAsync(CheckInRequest request, ClaimsPrincipal principal,
        UserManager<HarrierUser> users, PainJournal journal, TimeProvider clock, CancellationToken ct)
    {
        var user = (await users.GetUserAsync(principal))!;
        var errors = Validation.Check(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var today = user.Today(clock);
        var result = await journal.CheckInAsync(user.Id, new MorningCheckIn(today, request.Pain!.Value, request.SomethingNew), ct);
        return TypedResults.Ok(new CheckInOutcome(today, PainOutcome.From(result)));
    }
}

public sealed record SpotRequest(BodyRegion Region, BodySide Side);

public sealed record PainEntryRequest(
    DateOnly? Day, BodyRegion Region, BodySide Side, IReadOnlyList<SpotRequest>? SpreadsTo = null, IReadOnlyList<PainQuality>? Qualities = null,
    [property: Range(0, 10)] int? DuringRun = null, [property: Range(0, 10)] int? AfterRun = null, [property: Range(0, 10)] int? NextMorning = null,
    [property: Range(0, 1440)] int? StiffnessMinutes = null, int? RunId = null, [property: StringLength(4000)] string? Notes = null);

public sealed record PainEntryResponse(
    int Id, DateOnly Day, BodyRegion Region, BodySide Side, string Where, IReadOnlyList<SpotRequest> SpreadsTo, IReadOnlyList<PainQuality> Qualities,
    int? DuringRun, int? AfterRun,
    int? NextMorning, int? StiffnessMinutes, int? RunId, string? Notes)
{
    /// <summary>What saving the entry led to (only in the answer to the request that saved it).</summary>
    public PainOutcome? Outcome { get; init; }

    public static PainEntryResponse From(PainRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var e = r.ToEntry();
        return new PainEntryResponse(r.Id, e.Day, e.Spot.Region, e.Spot.Side, e.Spot.Words, e.SpreadsTo.Select(s => new SpotRequest(s.Region, s.Side)).ToArray(),
            Enum.GetValues<PainQuality>().Where(q => q != PainQuality.None && e.Quality.HasFlag(q)).ToArray(),
            e.DuringRun, e.AfterRun, e.NextMorning, e.StiffnessMinutes, e.RunId, e.Notes);
    }
}

public sealed record CheckInRequest([property: Required, Range(0, 10)] int? Pain, bool SomethingNew = false);

public sealed record CheckInResponse(DateOnly Day, int Pain, bool SomethingNew);

/// <summary>What a check-in led to, for the day it was given.</summary>
public sealed record CheckInOutcome(DateOnly Day, PainOutcome Outcome);

/// <summary>What recording pain led to: the one pain decision, the plan change made, and the next step (the warning-signs check
/// when something new was reported or a back or leg pain was recorded).</summary>
public sealed record PainOutcome(DecisionDocument Decision, Core.Plans.ChangeDocument? PlanChange, string? Next)
{
    public static PainOutcome From(CheckInResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new PainOutcome(DecisionDocument.From(result.Decision), result.Change is null ? null : Core.Plans.ChangeDocument.From(result.Change),
            result.OfferWarningSigns ? "/api/screening/red-flags" : null);
    }
}
