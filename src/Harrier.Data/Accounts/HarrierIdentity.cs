using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Harrier.Data.Accounts;

/// <summary>The account services the web app and the command line share: Identity's user store, the password policy, sessions.</summary>
public static class HarrierIdentity
{
    /// <summary>
    /// Adds Identity's core (users, roles, the EF store) with Harrier's options and password policy, plus
    /// <see cref="AccountSessions"/> and <see cref="Accounts"/>. The web app adds sign-in, cookies and tokens on top.
    /// </summary>
    public static IdentityBuilder AddHarrierAccounts(this IServiceCollection services)
    {
        services.AddScoped<AccountSessions>();
        services.AddScoped<Accounts>();
        var builder = services.AddIdentityCore<HarrierUser>(Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HarrierDbContext>();
        services.Replace(ServiceDescriptor.Scoped<IPasswordValidator<HarrierUser>, PasswordPolicyValidator>());
        return builder;
    }

    private static void Configure(IdentityOptions o)
    {
        // The password rules are PasswordPolicy's alone; Identity's own validator is replaced.
        // No account-wide lockout: it let anyone lock anyone out. Sign-in attempts are limited per address instead (see the web's AccountLimits).
        o.Lockout.AllowedForNewUsers = false;
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    }
}
