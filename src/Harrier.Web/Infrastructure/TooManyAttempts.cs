namespace Harrier.Web.Infrastructure;

/// <summary>An endpoint's answer when <see cref="SignInThrottle"/> refuses: the same 429 as the rate limiter's.</summary>
public sealed class TooManyAttempts(TimeSpan wait) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status429TooManyRequests;

    public Task ExecuteAsync(HttpContext httpContext) => AccountLimits.RejectAsync(httpContext, wait, httpContext?.RequestAborted ?? default);
}
