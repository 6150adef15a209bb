using Microsoft.AspNetCore.Http.Features;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// Raises the request-body limit only for the two upload endpoints (the import page and <c>/api/imports</c>); every other request
/// keeps Kestrel's default of about 30 MB, so a large body cannot be pushed at an ordinary form or API endpoint.
/// </summary>
internal static class UploadSizeLimit
{
    public static IApplicationBuilder UseUploadSizeLimit(this IApplicationBuilder app, long maxBytes) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (HttpMethods.IsPost(context.Request.Method)
            && (path.Equals("/import", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/api/imports", StringComparison.OrdinalIgnoreCase))
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        await next(context);
    });
}
