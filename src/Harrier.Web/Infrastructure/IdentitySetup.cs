using Harrier.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Infrastructure;

public static class IdentitySetup
{
    /// <summary>The default scheme: a bearer token when the request carries one, otherwise the sign-in cookie.</summary>
    public const string CookieOrBearer = "Harrier.CookieOrBearer";

    /// <summary>The policy of the coach's pages and API: the coach role.</summary>
    public const string CoachPolicy = "coach";

    public static IServiceCollection AddHarrierIdentity(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Harrier").PersistKeysToDbContext<HarrierDbContext>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearer;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(ConfigureCookie);
        services.AddAuthorization(o => o.AddPolicy(CoachPolicy, p => p.RequireRole(Roles.Coach)));
        services.AddIdentityCore<HarrierUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HarrierDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        return services;
    }

    private static void ConfigureIdentity(IdentityOptions o)
    {
        // Length over composition, as NIST SP 800-63B advises.
        o.Password.RequiredLength = 10;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "harrier.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.LoginPath = "/account/login";
        o.LogoutPath = "/account/logout";
        o.AccessDeniedPath = "/account/denied";
        o.ExpireTimeSpan = TimeSpan.FromDays(14);
        o.SlidingExpiration = true;
        o.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
        // Signing in on the sign-in page honours its ReturnUrl: only a local address, escaped (a raw 'ä' cannot go in a header).
        o.Events.OnRedirectToReturnUrl = context =>
        {
            context.Response.Redirect(Features.Account.LocalUrl.OrDefault(context.RedirectUri));
            return Task.CompletedTask;
        };
    }

    /// <summary>The API answers 401/403; pages redirect to the sign-in page.</summary>
    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.IsApi())
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
