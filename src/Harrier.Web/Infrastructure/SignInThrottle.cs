using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// Failed sign-ins, counted the same whether the account exists or not, in two limits. Per client address and e-mail
/// (<see cref="RateLimitSettings.FailedSignIns"/>): one address guessing one person's password is held for the window. Per e-mail
/// from devices it has never signed in on (<see cref="RateLimitSettings.FailedSignInsPerAccount"/>, a larger budget): guesses
/// spread over many addresses are held too. It replaces Identity's account lockout, which let anyone lock anyone out: a browser
/// or client that has signed in to the account before carries a device cookie (<see cref="DeviceCookie"/>, encrypted, a year)
/// and is never held by the per-e-mail limit, so the owner is not locked out by someone else's guesses, and every wait ends with
/// its window. This is OWASP's "device cookie" scheme for slowing online guessing.
/// </summary>
public sealed class SignInThrottle(RateLimitSettings settings, IDataProtectionProvider protection) : IDisposable
{
    /// <summary>The cookie that marks a browser or client as one the e-mail has signed in on.</summary>
    public const string DeviceCookie = "harrier-device";

    private static readonly TimeSpan DeviceLifetime = TimeSpan.FromDays(365);

    private readonly IDataProtector _devices = protection.CreateProtector("Harrier.SignInThrottle.Device");

    private readonly PartitionedRateLimiter<string> _failures = Limiter(settings.FailedSignIns);

    private readonly PartitionedRateLimiter<string> _accountFailures = Limiter(settings.FailedSignInsPerAccount);

    /// <summary>How long this request must wait before trying this e-mail again, or null when it may try now.</summary>
    public TimeSpan? Wait(HttpContext context, string? email) =>
        Wait(_failures, Key(context, email), settings.FailedSignIns)
        ?? (KnownDevice(context, email) ? null : Wait(_accountFailures, Normalize(email), settings.FailedSignInsPerAccount));

    /// <summary>Counts a failed sign-in.</summary>
    public void Failed(HttpContext context, string? email)
    {
        using var lease = _failures.AttemptAcquire(Key(context, email));
        if (!KnownDevice(context, email))
        {
            using var accountLease = _accountFailures.AttemptAcquire(Normalize(email));
        }
    }

    /// <summary>Marks the request's browser or client as a device <paramref name="email"/> signed in on (the device cookie).</summary>
    public void Succeeded(HttpContext context, string? email)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(DeviceCookie, _devices.Protect(Normalize(email)), new CookieOptions
        {
            HttpOnly = true, Secure = context.Request.IsHttps, SameSite = SameSiteMode.Strict, IsEssential = true, MaxAge = DeviceLifetime,
        });
    }

    public void Dispose()
    {
        _failures.Dispose();
        _accountFailures.Dispose();
    }

    private bool KnownDevice(HttpContext context, string? email)
    {
        if (context.Request.Cookies[DeviceCookie] is not { Length: > 0 and < 2048 } cookie)
        {
            return false;
        }

        try
        {
            return _devices.Unprotect(cookie) == Normalize(email);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static TimeSpan? Wait(PartitionedRateLimiter<string> limiter, string key, RateLimitSettings.Limit limit)
    {
        using var lease = limiter.AttemptAcquire(key, 0);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : limit.Window;
    }

    private static PartitionedRateLimiter<string> Limiter(RateLimitSettings.Limit limit) => PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.Permits, Window = limit.Window, QueueLimit = 0, AutoReplenishment = true,
        }));

    private static string Key(HttpContext context, string? email) => AccountLimits.Address(context) + "|" + Normalize(email);

    private static string Normalize(string? email)
    {
        var normalized = (email ?? "").Trim().ToUpperInvariant();
        return normalized.Length > 256 ? normalized[..256] : normalized;
    }
}
