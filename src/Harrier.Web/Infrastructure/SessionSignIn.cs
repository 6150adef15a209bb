using System.Security.Claims;
using Harrier.Data;
using Harrier.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// Identity's sign-in, with every sign-in cookie tied to a row in <see cref="AccountSessions"/>: signing in starts a session (or
/// keeps the browser's own when its cookie is only renewed), and signing out ends it on the server, so a copied cookie stops working too.
/// </summary>
/// <remarks>
/// Every way Identity signs in (<c>SignInAsync</c>, <c>PasswordSignInAsync</c>, <c>RefreshSignInAsync</c>) ends in
/// <see cref="SignInWithClaimsAsync"/>, so the session claim is added in that one place.
/// </remarks>
internal sealed class SessionSignIn(
    UserManager<HarrierUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<HarrierUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<HarrierUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<HarrierUser> confirmation,
    AccountSessions sessions)
    : SignInManager<HarrierUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    public override async Task SignInWithClaimsAsync(HarrierUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (AuthenticationScheme != IdentityConstants.ApplicationScheme)
        {
            await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
            return;
        }

        var current = Context.User.FindFirstValue(AccountSessions.SessionClaim);
        var sameUser = Context.User.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id;
        var session = current is not null && sameUser && await sessions.IsActiveAsync(current, user.Id, Context.RequestAborted)
            ? current
            : await sessions.StartCookieAsync(user, current, Context.RequestAborted);
        await base.SignInWithClaimsAsync(user, authenticationProperties,
            additionalClaims.Where(c => c.Type != AccountSessions.SessionClaim).Append(new Claim(AccountSessions.SessionClaim, session)));
    }

    /// <summary>Ends the session of the request (the browser's cookie or the API client's tokens) and removes the cookie.</summary>
    public override async Task SignOutAsync()
    {
        if (Context.User.FindFirstValue(AccountSessions.SessionClaim) is { } session)
        {
            await sessions.EndAsync(session, Context.RequestAborted);
        }

        await base.SignOutAsync();
    }

    /// <summary>
    /// The sign-in cookie's check on every request: its session must still be on (not logged out, not ended by a password change,
    /// not expired). Identity's periodic security-stamp check is replaced by this one, which leaves no window.
    /// </summary>
    public static async Task ValidateCookieAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = context.Principal?.FindFirstValue(AccountSessions.SessionClaim);
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<AccountSessions>();
        if (session is null || userId is null || !await sessions.IsActiveAsync(session, userId, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
