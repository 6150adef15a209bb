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

/// <summary>Sign-in for the API (bearer token or cookie), the page's log-out form, and the runner's own profile.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", LogOutFormAsync).ExcludeFromDescription();

        var auth = app.MapGroup("/api/auth").WithTags("Account").AllowAnonymous();
        auth.MapPost("/register", RegisterAsync).WithSummary("Create a runner account.");
        auth.MapPost("/login", LogInAsync)
            .WithSummary("Sign in. Returns a bearer token, or sets the sign-in cookie with ?useCookies=true.");
        auth.MapPost("/logout", LogOutAsync).RequireAuthorization().WithSummary("End the cookie session.");

        var me = app.MapGroup("/api/me").WithTags("Account").RequireAuthorization();
        me.MapGet("/", GetProfileAsync).WithSummary("The signed-in runner's profile.");
        me.MapPut("/", UpdateProfileAsync)
            .WithSummary("Change name, distance unit, time zone or heart rates (heartRate replaces all three; null maximum and resting clear them), "
                + "or make the account a coach (coach: true); sign in again for a new role to count.");
        me.MapPost("/password", ChangePasswordAsync).WithSummary("Change the password.");
    }

    private static async Task<RedirectHttpResult> LogOutFormAsync(SignInManager<HarrierUser> signIn, [FromForm] string? returnUrl)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }

    private static async Task<Results<Created<ProfileResponse>, ValidationProblem>> RegisterAsync(
        RegisterRequest request, UserManager<HarrierUser> users, TimeProvider clock)
    {
        var errors = Validation.Check(request);
        var zone = TimeZones.Find(request.TimeZone ?? TimeZones.Utc);
        if (zone is null)
        {
            errors["timeZone"] = ["Unknown time zone; use an IANA name such as Europe/London."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var email = request.Email.Trim();
        var user = new HarrierUser
        {
            UserName = email,
            Email = email,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? email.Split('@')[0] : request.DisplayName.Trim(),
            DistanceUnit = request.DistanceUnit ?? DistanceUnit.Kilometers,
            TimeZoneId = zone!.Id,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, request.Password);
        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }

        await users.AddToRoleAsync(user, Roles.Runner);
        return TypedResults.Created("/api/me", await ProfileResponse.ForAsync(user, users));
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LogInAsync(
        LoginRequest request, SignInManager<HarrierUser> signIn, [FromQuery] bool? useCookies)
    {
        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email?.Trim() ?? "", request.Password ?? "", useCookies == true, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // The bearer handler has already written the token response.
            return TypedResults.Empty;
        }

        return TypedResults.Problem(
            result.IsLockedOut ? "Too many failed attempts: the account is locked for 15 minutes." : "That email and password do not match an account.",
            statusCode: StatusCodes.Status401Unauthorized,
            title: result.IsLockedOut ? "Account locked" : "Sign-in failed");
    }

    private static async Task<NoContent> LogOutAsync(SignInManager<HarrierUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
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
        ChangePasswordRequest request, System.Security.Claims.ClaimsPrincipal principal, UserManager<HarrierUser> users)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var result = await users.ChangePasswordAsync(user, request.CurrentPassword ?? "", request.NewPassword ?? "");
        return result.Succeeded
            ? TypedResults.NoContent()
            : TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Code == "PasswordMismatch" ? "currentPassword" : "newPassword")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
    }
}

public sealed record RegisterRequest(
    [property: Required, EmailAddress, StringLength(256)] string Email,
    [property: Required, StringLength(200, MinimumLength = 10)] string Password,
    [property: StringLength(100)] string? DisplayName = null,
    DistanceUnit? DistanceUnit = null,
    string? TimeZone = null);

public sealed record LoginRequest(string? Email, string? Password);

/// <summary>Changes to the profile; a field left out (or null) keeps its value.</summary>
/// <param name="HeartRate">The heart rates for the heart-rate load, replaced together when given.</param>
/// <param name="Coach">True to make the account a coach, false to stop; sign in again for the role to count.</param>
public sealed record UpdateProfileRequest(
    [property: StringLength(100)] string? DisplayName, DistanceUnit? DistanceUnit, string? TimeZone, HeartRateRequest? HeartRate = null, bool? Coach = null);

/// <summary>Maximum and resting heart rate in beats per minute (both, or both null to clear them) and, optionally, sex.</summary>
/// <param name="Sex">"female" or "male": picks Banister's constants; the men's are used when null.</param>
public sealed record HeartRateRequest(int? MaxHeartRate, int? RestingHeartRate, Sex? Sex = null);

/// <summary>The runner's heart rates and which of Banister's constants they give.</summary>
/// <param name="Constants">In words, e.g. "the women's constants (0.86·e^(1.67·x))"; null until both rates are given.</param>
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
