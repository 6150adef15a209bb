using Harrier.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Data.Accounts;

/// <summary>
/// Creating accounts and setting passwords, for registration on the web and the API and for the owner's command line: one
/// place that gives every account the runner role, checks the password policy and ends sessions when a password is replaced.
/// </summary>
public sealed class Accounts(UserManager<HarrierUser> users, RoleManager<IdentityRole> roles, AccountSessions sessions, TimeProvider clock)
{
    /// <summary>Creates a runner's account (a coach's too when asked); the result carries Identity's errors, password ones included.</summary>
    public async Task<(HarrierUser User, IdentityResult Result)> CreateAsync(NewAccount account, string password)
    {
        ArgumentNullException.ThrowIfNull(account);
        var email = account.Email.Trim();
        var user = new HarrierUser
        {
            UserName = email,
            Email = email,
            DisplayName = string.IsNullOrWhiteSpace(account.DisplayName) ? email.Split('@')[0] : account.DisplayName.Trim(),
            DistanceUnit = account.DistanceUnit,
            TimeZoneId = account.TimeZoneId,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return (user, result);
        }

        foreach (var role in account.Coach ? [Roles.Runner, Roles.Coach] : new[] { Roles.Runner })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }

            await users.AddToRoleAsync(user, role);
        }

        return (user, result);
    }

    /// <summary>
    /// The account whose e-mail and password these are, or null. An unknown address costs the same password hashing as a wrong
    /// password, so the time an answer takes does not tell whether an account exists.
    /// </summary>
    public async Task<HarrierUser?> CheckPasswordAsync(string? email, string? password)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user?.PasswordHash is null)
        {
            users.PasswordHasher.VerifyHashedPassword(Decoy, DecoyHash(), password ?? "");
            return null;
        }

        return await users.CheckPasswordAsync(user, password ?? "") ? user : null;
    }

    /// <summary>
    /// The owner's reset: replaces the password without the old one or an e-mailed link, after the same policy check, and ends
    /// every session of the account (a new security stamp).
    /// </summary>
    public async Task<IdentityResult> SetPasswordAsync(HarrierUser user, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, password);
            if (!check.Succeeded)
            {
                return check;
            }
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        var result = await users.UpdateSecurityStampAsync(user);
        if (result.Succeeded)
        {
            await sessions.EndAllAsync(user.Id, cancellationToken);
        }

        return result;
    }

    /// <summary>After a password change or reset through Identity (which renews the security stamp): ends every session.</summary>
    public Task PasswordChangedAsync(HarrierUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return sessions.EndAllAsync(user.Id, cancellationToken);
    }

    private static readonly HarrierUser Decoy = new() { Id = "decoy", UserName = "decoy", DisplayName = "decoy" };

    private static string? _decoyHash;

    /// <summary>A hash made by the configured hasher (same algorithm and work factor as real accounts') of a random password.</summary>
    private string DecoyHash() => _decoyHash ??= users.PasswordHasher.HashPassword(Decoy, PasswordPolicy.Generate());
}
