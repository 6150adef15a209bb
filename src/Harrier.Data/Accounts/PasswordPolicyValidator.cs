using Harrier.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Data.Accounts;

/// <summary>
/// Identity's password check is <see cref="PasswordPolicy"/> and nothing else (Identity's own length and composition rules are
/// replaced), so every path that sets a password through <see cref="UserManager{TUser}"/> refuses the same passwords with the
/// same words.
/// </summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<HarrierUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<HarrierUser> manager, HarrierUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(PasswordPolicy.Check(password ?? "", user.Email, user.DisplayName) is { } problem
            ? IdentityResult.Failed(new IdentityError { Code = Code(problem.Rule), Description = problem.Message })
            : IdentityResult.Success);
    }

    /// <summary>The Identity error code of a rule; every code starts with "Password", as Identity's own password codes do.</summary>
    public static string Code(PasswordRule rule) => "Password" + rule;
}
