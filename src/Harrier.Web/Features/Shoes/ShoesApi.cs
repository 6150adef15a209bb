using System.Globalization;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data;
using Harrier.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Features.Shoes;

public static class ShoesApi
{
    public static RouteGroupBuilder MapShoesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/shoes").WithTags("Shoes").RequireAuthorization();
        api.MapGet("/", ListAsync).WithName("ListShoes").WithSummary("Shoes with their total distance (starting distance + runs).");
        api.MapPost("/", CreateAsync).WithName("CreateShoe");
        api.MapPut("/{id:int}", UpdateAsync).WithName("UpdateShoe");
        api.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteShoe").WithSummary("Deletes the pair; its runs stay, without shoes recorded.");
        return api;
    }

    private static async Task<Ok<ShoeResponse[]>> ListAsync(ClaimsPrincipal user, UserManager<HarrierUser> users, HarrierDbContext db, CancellationToken ct)
    {
        var shoes = await ShoeUsage.ForOwnerAsync(db, users.GetUserId(user)!, ct);
        return TypedResults.Ok(shoes.Select(ShoeResponse.From).ToArray());
    }

    private static async Task<Results<Created<ShoeResponse>, ValidationProblem>> CreateAsync(
        ShoeRequest request, ClaimsPrincipal user, UserManager<HarrierUser> users, HarrierDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var ownerId = users.GetUserId(user)!;
        if (await CheckAsync(request, ownerId, null, db, clock, ct) is { } problem)
        {
            return problem;
        }

        var shoe = new Shoe
        {
            OwnerId = ownerId,
            Name = request.Name!,
            StartingDistance = Distance.FromMeters(request.StartingDistanceMeters ?? 0),
            RetiredOn = request.RetiredOn,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Shoes.Add(shoe);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/shoes/{shoe.Id}", ShoeResponse.From(new ShoeUsage(shoe, shoe.StartingDistance, 0)));
    }

    private static async Task<Results<Ok<ShoeResponse>, ValidationProblem, NotFound>> UpdateAsync(
        int id, ShoeRequest request, ClaimsPrincipal user, UserManager<HarrierUser> users, HarrierDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var ownerId = users.GetUserId(user)!;
        if (await db.Shoes.OwnedBy(ownerId).SingleOrDefaultAsync(s => s.Id == id, ct) is not { } shoe)
        {
            return TypedResults.NotFound();
        }

        if (await CheckAsync(request, ownerId, id, db, clock, ct) is { } problem)
        {
            return problem;
        }

        shoe.Name = request.Name!;
        shoe.StartingDistance = Distance.FromMeters(request.StartingDistanceMeters ?? 0);
        shoe.RetiredOn = request.RetiredOn;
        await db.SaveChangesAsync(ct);
        var usage = (await ShoeUsage.ForOwnerAsync(db, ownerId, ct)).Single(u => u.Shoe.Id == id);
        return TypedResults.Ok(ShoeResponse.From(usage));
    }

    private static readonly DateOnly EarliestDay = new(1990, 1, 1);

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int id, ClaimsPrincipal user, UserManager<HarrierUser> users, HarrierDbContext db, CancellationToken ct)
    {
        var ownerId = users.GetUserId(user)!;
        if (await db.Shoes.OwnedBy(ownerId).SingleOrDefaultAsync(s => s.Id == id, ct) is not { } shoe)
        {
            return TypedResults.NotFound();
        }

        db.Shoes.Remove(shoe);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<ValidationProblem?> CheckAsync(
        ShoeRequest request, string ownerId, int? id, HarrierDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = Validation.Check(request);
        // Retired on a day that has begun somewhere (UTC+14 at the latest), and not before running shoes were logged anywhere.
        var latest = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(14));
        if (request.RetiredOn is { } retired && (retired > latest || retired < EarliestDay))
        {
            errors["retiredOn"] = [string.Create(CultureInfo.InvariantCulture, $"Give the day they were retired: today or earlier, from {EarliestDay:yyyy} on.")];
        }

        if (errors.Count == 0 && await db.Shoes.OwnedBy(ownerId).AnyAsync(s => s.Id != id && s.Name == request.Name!.Trim(), ct))
        {
            errors["name"] = ["You already have a pair with this name."];
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : null;
    }
}

public sealed record ShoeRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string? Name,
    [property: Range(0, 1e7)] double? StartingDistanceMeters = null,
    DateOnly? RetiredOn = null);

public sealed record ShoeResponse(int Id, string Name, double StartingDistanceMeters, double TotalDistanceMeters, int Runs, DateOnly? RetiredOn)
{
    public static ShoeResponse From(ShoeUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        var s = usage.Shoe;
        return new ShoeResponse(s.Id, s.Name, s.StartingDistance.Meters, usage.TotalDistance.Meters, usage.RunCount, s.RetiredOn);
    }
}
