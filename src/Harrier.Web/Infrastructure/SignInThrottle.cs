using System.Threading.RateLimiting;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// Failed sign-ins per client address and e-mail (<see cref="RateLimitSettings.FailedSignIns"/>), counted the same whether the
/// account exists or not. It replaces Identity's account lockout, which let anyone lock anyone out: here the owner, from
/// their own address, is never held back by someone else's guesses, and a wait ends with its window.
/// </summary>
public sealed class SignInThrottle(RateLimitSettings settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.FailedSignIns.Permits, Window = settings.FailedSignIns.Window, QueueLimit = 0, AutoReplenishment = true,
        }));

    /// <summary>How long this address must wait before trying this e-mail again, or null when it may try now.</summary>
    public TimeSpan? Wait(HttpContext context, string? email)
    {
        using var lease = _failures.AttemptAcquire(Key(context, email), 0);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : settings.FailedSignIns.Window;
    }

    /// <summary>Counts a failed sign-in.</summary>
    public void Failed(HttpContext context, string? email)
    {
        using var lease = _failures.AttemptAcquire(Key(context, email));
    }

    public void Dispose() => _failures.Dispose();

    private static string Key(HttpContext context, string? email)
    {
        var normalized = (email ?? "").Trim().ToUpperInvariant();
        return AccountLimits.Address(context) + "|" + (normalized.Length > 256 ? normalized[..256] : normalized);
    }
}
