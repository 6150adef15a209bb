using System.Globalization;
using System.Threading.RateLimiting;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// Rate limits on the account forms and endpoints, with ASP.NET Core's rate limiter: posts to sign in, register and reset a
/// password, counted per client address whether they arrive from a page or the API. A refused request gets 429 with a
/// Retry-After header and a plain message; see <see cref="RateLimitSettings"/> for the numbers.
/// </summary>
public static class AccountLimits
{
    private static readonly (string Path, string Bucket, Func<RateLimitSettings, RateLimitSettings.Limit> Limit)[] Paths =
    [
        ("/account/login", "sign-in", s => s.SignIn),
        ("/api/auth/login", "sign-in", s => s.SignIn),
        ("/account/register", "register", s => s.Register),
        ("/api/auth/register", "register", s => s.Register),
        ("/account/forgot-password", "reset", s => s.PasswordReset),
        ("/account/reset-password", "reset", s => s.PasswordReset),
        ("/api/auth/forgot-password", "reset", s => s.PasswordReset),
        ("/api/auth/reset-password", "reset", s => s.PasswordReset),
    ];

    public static IServiceCollection AddAccountLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = RateLimitSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, settings));
            o.OnRejected = (rejected, cancellationToken) => new ValueTask(RejectAsync(rejected.HttpContext,
                rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : null, cancellationToken));
        });
        return services;
    }

    /// <summary>The client's address, the key of every limit.</summary>
    public static string Address(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    /// <summary>Answers 429 with Retry-After and a plain message (problem details for the API, text for pages).</summary>
    public static async Task RejectAsync(HttpContext context, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = TooMany(MarkTooMany(context.Response, retryAfter));
        if (context.Request.IsApi())
        {
            await TypedResults.Problem(message, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts").ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message, cancellationToken);
    }

    /// <summary>Sets 429 and Retry-After (whole seconds, at least one) on a response; returns the wait it announced.</summary>
    public static TimeSpan MarkTooMany(HttpResponse response, TimeSpan? retryAfter)
    {
        ArgumentNullException.ThrowIfNull(response);
        var seconds = (int)Math.Ceiling(Math.Max(1, (retryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds));
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>The words of a refusal, the same for every account and address.</summary>
    public static string TooMany(TimeSpan wait)
    {
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        return minutes <= 1
            ? "Too many attempts from your address. Try again in a minute."
            : $"Too many attempts from your address. Try again in {minutes} minutes.";
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitSettings settings)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var path = context.Request.Path.Value?.TrimEnd('/') ?? "";
        foreach (var (limited, bucket, limitOf) in Paths)
        {
            if (string.Equals(path, limited, StringComparison.OrdinalIgnoreCase))
            {
                var limit = limitOf(settings);
                return RateLimitPartition.GetFixedWindowLimiter(bucket + "|" + Address(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.Permits, Window = limit.Window, QueueLimit = 0, AutoReplenishment = true,
                });
            }
        }

        return RateLimitPartition.GetNoLimiter("");
    }
}
