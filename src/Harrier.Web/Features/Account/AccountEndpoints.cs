using System.ComponentModel.DataAnnotations;
using Harrier.Core;
using Harrier.Core.Load;
using Harrier.Core.Units;
using Harrier.Data;
using Harrier.Data.Load;
using Harrier.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Harrier.Web.Features.Account;

/// <summary>The page's log-out form, the runner's own profile and password, and (through <see cref="AuthApi"/>) sign-in for the API.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", LogOutFormAsync).ExcludeFromDescription();

        app.MapAuthApi();

        var me = app.MapGroup("/api/me").WithTags("Account").RequireAuthorization();
        me.MapGet("/", GetProfileAsync).WithSummary("The signed-in runner's profile.");
        me.MapPut("/", UpdateProfileAsync)
            .WithSummary("Change name, distance unit, time zone or heart rates (heartRate replaces all three; null maximum and resting clear them), "
                + "or make the account a coach (coach: true); sign in again for a new role to count.");
        me.MapPost("/password", ChangePasswordAsync).WithSummary("Change the password. Every session of the account ends, this one too: sign in again.");
    }

    private static async Task<RedirectHttpResult> LogOutFormAsync(
        SignInManager<HarrierUser> signIn, System.Security.Claims.ClaimsPrincipal principal, Data.Accounts.AccountSessions sessions,
        [FromForm] string? returnUrl, [FromForm] bool? everywhere, CancellationToken ct)
    {
        await LogOutAsync(signIn, principal, sessions, everywhere == true, ct);
        return TypedResults.LocalRedirect("/");
    }

    /// <summary>Ends the request's session, or with <paramref name="everywhere"/> every session of the account (every browser and app).</summary>
    internal static async Task LogOutAsync(
        SignInManager<HarrierUser> signIn, System.Security.Claims.ClaimsPrincipal principal, Data.Accounts.AccountSessions sessions, bool everywhere,
        CancellationToken ct)
    {
        if (everywhere && signIn.UserManager.GetUserId(principal) is { } userId)
        {
            await sessions.EndAllAsync(userId, ct);
        }

        await signIn.SignOutAsync();
    }

    private static async Task<Results<Ok<ProfileResponse>, UnauthorizedHttpResult>> GetProfileAsync(
        System.Security.Claims.ClaimsPrincipal principal, UserManager<HarrierUser> users) =>
        await users.GetUserAsync(principal) is { } user ? TypedResults.Ok(await ProfileResponse.ForAsync(user, users)) : TypedResults.Unauthorized();

    private static async Task<Results<Ok<ProfileResponse>, ValidationProblem, UnauthorizedHttpResult>> UpdateProfileAsync(
        UpdateProfileRequest request, System.Security.Claims.ClaimsPrincipal principal, UserManager<HarrierUser> users, HarrierDbContext db,
        CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var errors = Validation.Check(request);
        var zone = request.TimeZone is null ? null : TimeZones.Find(request.TimeZone);
        if (request.TimeZone is not null && zone is null)
        {
            errors["timeZone"] = ["Unknown time zone; use an IANA name such as Europe/London."];
        }

        foreach (var problem in request.HeartRate is { } hr ? HeartRateProfile.Problems(hr.MaxHeartRate, hr.RestingHeartRate) : [])
        {
            errors[problem.Field == HeartRateField.Maximum ? "heartRate.maxHeartRate" : "heartRate.restingHeartRate"] = [problem.Message];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        user.DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? user.DisplayName : request.DisplayName.Trim();
        user.DistanceUnit = request.DistanceUnit ?? user.DistanceUnit;
        user.TimeZoneId = zone?.Id ?? user.TimeZoneId;
        await users.UpdateAsync(user);
        if (request.Coach is { } coach && coach != await users.IsInRoleAsync(user, Roles.Coach))
        {
            await (coach ? users.AddToRoleAsync(user, Roles.Coach) : users.RemoveFromRoleAsync(user, Roles.Coach));
        }

        if (request.HeartRate is { } heartRate)
        {
            await new HeartRateSettings(db).SaveAsync(user, heartRate.MaxHeartRate, heartRate.RestingHeartRate, heartRate.Sex, ct);
        }

        return TypedResults.Ok(await ProfileResponse.ForAsync(user, users));
    }

    private static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, System.Security.Claims.ClaimsPrincipal principal, UserManager<HarrierUser> users, Data.Accounts.Accounts accounts,
        CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var result = await users.ChangePasswordAsync(user, request.CurrentPassword ?? "", request.NewPassword ?? "");
        if (result.Succeeded)
        {
            // Every session ends, this one included: other devices, copied cookies and tokens stop working at once.
            await accounts.PasswordChangedAsync(user, ct);
            return TypedResults.NoContent();
        }

        return TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Code == "PasswordMismatch" ? "currentPassword" : "newPassword")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
    }
}

/// <summary>Changes to the profile; a field left out (or null) keeps its value.</summary>
/// <param name="HeartRate">The heart rates for the heart-rate load, replaced together when given.</param>
/// <param name="Coach">True to make the account a coach, false to stop; sign in again for the role to count.</param>
public sealed record UpdateProfileRequest(
    [property: StringLength(100)] string? DisplayName, DistanceUnit? DistanceUnit, string? TimeZone, HeartRateRequest? HeartRate = null, bool? Coach = null);

/// <summary>Maximum and resting heart rate in beats per minute (both, or both null to clear them) and, optionally, sex.</summary>
/// <param name="Sex">"female" or "male": picks Banister's constants; the men's are used when null.</param>
public sealed record HeartRateRequest(int? MaxHeartRate, int? RestingHeartRate, Sex? Sex = null);

/// <summary>The runner's heart rates and which of Banister's constants they give.</summary>
/// <param name="Constants">Which weighting the heart-rate load uses, in words, e.g. "the weighting for women"; null until both rates are given.</param>
public sealed record HeartRateResponse(int? MaxHeartRate, int? RestingHeartRate, Sex? Sex, string? Constants);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record ProfileResponse(
    string Id, string Email, string DisplayName, DistanceUnit DistanceUnit, string TimeZone, IReadOnlyList<string> Roles, bool IsDemo, HeartRateResponse HeartRate)
{
    public static async Task<ProfileResponse> ForAsync(HarrierUser user, UserManager<HarrierUser> users)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(users);
        var roles = await users.GetRolesAsync(user);
        return new ProfileResponse(user.Id, user.Email ?? "", user.DisplayName, user.DistanceUnit, user.TimeZoneId, roles.Order(StringComparer.Ordinal).ToArray(),
            user.IsDemo, new HeartRateResponse(user.MaxHeartRate, user.RestingHeartRate, user.Sex, user.HeartRateProfile?.ConstantsText));
    }
}
