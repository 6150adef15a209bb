using Harrier.Data;
using Harrier.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Features.Account;

/// <summary>
/// Registration for the page and the API, with one answer whether or not the address already has an account: a new address
/// gets its account; a taken one changes nothing, and its owner is told by e-mail when the server sends e-mail. Either way the
/// person is sent to log in, so the answer (and, with the password hashed on both paths, its timing) says nothing about who is registered.
/// </summary>
public sealed class Registration(Data.Accounts.Accounts accounts, Infrastructure.Mail.Outbox outbox, PublicLinks links)
{
    /// <summary>What the page and the API say after every accepted registration.</summary>
    public const string Accepted = "If this address was new to Harrier, your account is ready: log in with it and the password you chose. "
        + "If it already had an account, nothing has changed: log in with that account's password, or choose a new one.";

    /// <summary>The problems with the request (password policy, e-mail form) that are the same for every address; empty when accepted.</summary>
    public async Task<IReadOnlyList<IdentityError>> RegisterAsync(NewAccount account, string password)
    {
        ArgumentNullException.ThrowIfNull(account);
        var (_, result) = await accounts.CreateAsync(account, password);
        if (result.Succeeded)
        {
            return [];
        }

        if (!result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
        {
            return [.. result.Errors];
        }

        var email = account.Email.Trim();
        outbox.Send(email, AccountMail.TakenSubject, AccountMail.Taken(links.For("account/login"), links.For("account/forgot-password")));
        return [];
    }
}
