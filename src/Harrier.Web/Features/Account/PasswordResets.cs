using System.Text;
using Harrier.Data;
using Harrier.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Harrier.Web.Features.Account;

/// <summary>
/// Password reset by e-mail, for the pages and the API: a link to the configured public address (never the request's Host
/// header), valid for an hour and once, and a reset that ends every session of the account.
/// </summary>
public sealed class PasswordResets(
    UserManager<HarrierUser> users, Data.Accounts.Accounts accounts, Outbox outbox, PublicLinks links, ILogger<PasswordResets> logger)
{
    /// <summary>What is said after every request for a link, whether or not an account uses the address.</summary>
    public const string Sent = "If an account uses this address, an e-mail with a link to choose a new password is on its way. "
        + "The link works for an hour. Nothing there? Check the spam folder, or ask again.";

    public const string NotAvailable = "This server does not send e-mail, so it cannot send a reset link. "
        + "Ask the person who runs it: they can set a new password with harrier users reset-password.";

    public const string LinkInvalid = "This link has expired or was used already. Ask for a new one.";

    /// <summary>True when an SMTP server is configured, so links can be sent.</summary>
    public bool IsAvailable => outbox.IsConfigured;

    /// <summary>Queues a reset link when an account uses <paramref name="email"/>; does the same work and says the same either way.</summary>
    public async Task RequestAsync(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var user = await users.FindByEmailAsync(email.Trim());
        if (user?.Email is null || !IsAvailable)
        {
            return;
        }

        if (!links.IsConfigured)
        {
            logger.LogWarning("PublicBaseUrl is not set: the reset link points at {Base}, a guess from the listening address.", links.Base);
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = links.For("account/reset-password?email=" + Uri.EscapeDataString(user.Email)
            + "&code=" + WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token)));
        outbox.Send(user.Email, AccountMail.ResetSubject, AccountMail.Reset(user.DisplayName, link));
    }

    /// <summary>
    /// Sets the new password when the link's code is good, then ends every session. Errors carry Identity's codes: "InvalidToken"
    /// for a bad, used or expired link (also for an unknown address), "Password…" for the password policy.
    /// </summary>
    public async Task<IdentityResult> ResetAsync(string? email, string? code, string password, CancellationToken cancellationToken)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        var token = Decode(code);
        if (user is null || token is null)
        {
            return IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = LinkInvalid });
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return IdentityResult.Failed([.. result.Errors.Select(e => IsLinkError(e) ? new IdentityError { Code = e.Code, Description = LinkInvalid } : e)]);
        }

        await accounts.PasswordChangedAsync(user, cancellationToken);
        return result;
    }

    /// <summary>True for the error of a bad link, as opposed to a refused password.</summary>
    public static bool IsLinkError(IdentityError error) => error?.Code == "InvalidToken";

    private static string? Decode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 2048)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code.Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
