namespace Harrier.Web.Infrastructure;

internal static class RequestOrigin
{
    /// <summary>
    /// The scheme and host a request arrived at (after a trusted proxy's forwarded headers), for <see cref="Data.PublicLinks"/> to
    /// use only when <c>AllowedHosts</c> names the host; null without a Host header.
    /// </summary>
    public static Uri? Origin(this HttpRequest request) =>
        request.Host.HasValue && Uri.TryCreate($"{request.Scheme}://{request.Host.ToUriComponent()}/", UriKind.Absolute, out var origin) ? origin : null;
}
