using System.Security.Claims;
using System.Text.Encodings.Web;
using Harrier.Data;
using Harrier.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// Bearer tokens for API clients: an opaque access token (15 minutes) looked up, by its hash, in <see cref="AccountSessions"/>
/// on every request. A token ends the moment its session does (log-out, password change or reset), and the principal is built
/// from the account as it is now, so a new role counts at once.
/// </summary>
internal sealed class SessionBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccountSessions sessions,
    IUserClaimsPrincipalFactory<HarrierUser> claims)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Prefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header[Prefix.Length..].Trim();
        if (token.Length is 0 or > 128 || await sessions.FindByAccessTokenAsync(token, Context.RequestAborted) is not { } found)
        {
            return AuthenticateResult.Fail("The access token is unknown, has expired or was ended.");
        }

        var principal = await claims.CreateAsync(found.User);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(AccountSessions.SessionClaim, found.SessionId));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
