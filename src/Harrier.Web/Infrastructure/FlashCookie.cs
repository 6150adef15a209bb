using Microsoft.AspNetCore.DataProtection;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// Carries one secret value across a post-redirect-get, so that reloading a page after a form post neither repeats the
/// post nor shows the value a second time. The value is encrypted with ASP.NET Core Data Protection into an HTTP-only,
/// same-site cookie scoped to one path that lives five minutes; the next GET of that path takes it and deletes it.
/// </summary>
public sealed class FlashCookie(IDataProtectionProvider protection)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>Stores <paramref name="value"/> under <paramref name="name"/> for the next request to <paramref name="path"/> (e.g. "/coach/invite").</summary>
    public void Set(HttpContext http, string name, string path, string value)
    {
        ArgumentNullException.ThrowIfNull(http);
        var sealedValue = Protector(name).Protect(value, Lifetime);
        http.Response.Cookies.Append(CookieName(name), sealedValue, Options(http, path));
    }

    /// <summary>The value stored by <see cref="Set"/> and deletes it; null when there is none, it expired or it was tampered with.</summary>
    public string? Take(HttpContext http, string name, string path)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Request.Cookies.TryGetValue(CookieName(name), out var sealedValue))
        {
            return null;
        }

        if (!http.Response.HasStarted)
        {
            http.Response.Cookies.Delete(CookieName(name), Options(http, path));
        }

        try
        {
            return Protector(name).Unprotect(sealedValue);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector(string name) =>
        protection.CreateProtector("Harrier.Flash", name).ToTimeLimitedDataProtector();

    private static string CookieName(string name) => "harrier-flash-" + name;

    private static CookieOptions Options(HttpContext http, string path) => new()
    {
        Path = http.Request.PathBase.Add(path), HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Strict, IsEssential = true,
        MaxAge = Lifetime,
    };
}
