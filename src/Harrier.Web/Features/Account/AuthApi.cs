using System.ComponentModel.DataAnnotations;
using Harrier.Core;
using Harrier.Core.Accounts;
using Harrier.Core.Units;
using Harrier.Data;
using Harrier.Data.Accounts;
using Harrier.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Harrier.Web.Features.Account;

/// <summary>
/// Registering, signing in and out, token refresh and password reset for API clients. Every answer is the same for known and
/// unknown addresses, and the posts are rate-limited per client address (<see cref="AccountLimits"/>).
/// </summary>
public static class AuthApi
{
    public const string SignInFailed = "That email and password do not match an account.";

    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Account").AllowAnonymous();
        auth.MapPost("/register", RegisterAsync)
            .WithSummary("Create a runner account. The answer is the same whether or not the address already had one: then log in.");
        auth.MapPost("/login", LogInAsync).WithSummary(
            "Sign in. Returns an access token (15 minutes) and a refresh token, or sets the sign-in cookie with ?useCookies=true.");
        auth.MapPost("/refresh", RefreshAsync)
            .WithSummary("Swap a refresh token, which is used up, for a new access token and refresh token. A refresh token used twice ends its session.");
        auth.MapPost("/logout", LogOutAsync).RequireAuthorization()
            .WithSummary("End this session: the sign-in cookie, or the access token and its refresh token; with ?everywhere=true, every "
                + "session of the account, on every device.");
        auth.MapPost("/forgot-password", ForgotPasswordAsync)
            .WithSummary("E-mail a link to choose a new password (when the server sends e-mail). The answer is the same for every address.");
        auth.MapPost("/reset-password", ResetPasswordAsync)
            .WithSummary("Set a new password with the code from the e-mailed link; every session of the account ends.");
        return auth;
    }

    private static async Task<Results<Accepted<MessageResponse>, ValidationProblem>> RegisterAsync(RegisterRequest request, Registration registration)
    {
        var errors = Validation.Check(request);
        var zone = TimeZones.Find(request.TimeZone ?? TimeZones.Utc);
        if (zone is null)
        {
            errors["timeZone"] = ["Unknown time zone; use an IANA name such as Europe/London."];
        }

        if (PasswordPolicy.Check(request.Password ?? "", request.Email, request.DisplayName) is { } problem)
        {
            errors["password"] = [problem.Message];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var account = new NewAccount(request.Email, request.DisplayName, request.DistanceUnit ?? DistanceUnit.Kilometers, zone!.Id);
        var refused = await registration.RegisterAsync(account, request.Password!);
        return refused.Count > 0
            ? TypedResults.ValidationProblem(refused.GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()))
            : TypedResults.Accepted((string?)null, new MessageResponse(Registration.Accepted));
    }

    private static async Task<Results<Ok<AccessTokenResponse>, EmptyHttpResult, ProblemHttpResult, TooManyAttempts>> LogInAsync(
        LoginRequest request, [FromQuery] bool? useCookies, HttpContext http, Data.Accounts.Accounts accounts, SignInManager<HarrierUser> signIn,
        AccountSessions sessions, SignInThrottle throttle, CancellationToken ct)
    {
        if (throttle.Wait(http, request.Email) is { } wait)
        {
            return new TooManyAttempts(wait);
        }

        if (await accounts.CheckPasswordAsync(request.Email, request.Password) is not { } user)
        {
            throttle.Failed(http, request.Email);
            return TypedResults.Problem(SignInFailed, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }

        throttle.Succeeded(http, request.Email);
        if (useCookies == true)
        {
            await signIn.SignInAsync(user, isPersistent: true);
            return TypedResults.Empty;
        }

        return TypedResults.Ok(Tokens(await sessions.StartTokensAsync(user, ct)));
    }

    private static async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> RefreshAsync(RefreshRequest request, AccountSessions sessions, CancellationToken ct) =>
        request.RefreshToken is { Length: > 0 and <= 128 } token && await sessions.RefreshAsync(token, ct) is { } tokens
            ? TypedResults.Ok(Tokens(tokens))
            : TypedResults.Problem("The refresh token is unknown, has expired or was used already, or its session has ended. Sign in again.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Refresh failed");

    private static async Task<NoContent> LogOutAsync(
        SignInManager<HarrierUser> signIn, System.Security.Claims.ClaimsPrincipal principal, AccountSessions sessions, [FromQuery] bool? everywhere,
        CancellationToken ct)
    {
        await AccountEndpoints.LogOutAsync(signIn, principal, sessions, everywhere == true, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Accepted<MessageResponse>, ValidationProblem, ProblemHttpResult>> ForgotPasswordAsync(
        ForgotPasswordRequest request, PasswordResets resets)
    {
        if (!resets.IsAvailable)
        {
            return TypedResults.Problem(PasswordResets.NotAvailable, statusCode: StatusCodes.Status503ServiceUnavailable, title: "No e-mail");
        }

        var errors = Validation.Check(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await resets.RequestAsync(request.Email);
        return TypedResults.Accepted((string?)null, new MessageResponse(PasswordResets.Sent));
    }

    private static async Task<Results<NoContent, ValidationProblem>> ResetPasswordAsync(ResetPasswordRequest request, PasswordResets resets, CancellationToken ct)
    {
        var result = await resets.ResetAsync(request.Email, request.Code, request.NewPassword ?? "", ct);
        return result.Succeeded
            ? TypedResults.NoContent()
            : TypedResults.ValidationProblem(result.Errors.GroupBy(e => PasswordResets.IsLinkError(e) ? "code" : "newPassword")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
    }

    private static AccessTokenResponse Tokens(IssuedTokens tokens) => new()
    {
        AccessToken = tokens.AccessToken, ExpiresIn = (long)tokens.ExpiresIn.TotalSeconds, RefreshToken = tokens.RefreshToken,
    };
}

/// <param name="Password">Checked by Harrier's password policy: at least 10 characters, not a common or easily guessed password.</param>
public sealed record RegisterRequest(
    [property: Required, EmailAddress, StringLength(256)] string Email,
    [property: Required] string? Password,
    [property: StringLength(100)] string? DisplayName = null,
    DistanceUnit? DistanceUnit = null,
    string? TimeZone = null);

public sealed record LoginRequest(string? Email, string? Password);

/// <summary>The refresh token from the last sign-in or refresh.</summary>
public sealed record RefreshRequest(string? RefreshToken);

public sealed record ForgotPasswordRequest([property: Required, EmailAddress, StringLength(256)] string Email);

/// <param name="Code">The <c>code</c> of the e-mailed link.</param>
public sealed record ResetPasswordRequest(string? Email, string? Code, string? NewPassword);

/// <summary>An answer that is a sentence to show the person.</summary>
public sealed record MessageResponse(string Message);
