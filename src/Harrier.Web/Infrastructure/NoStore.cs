using Microsoft.AspNetCore.Authorization;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// <c>Cache-Control: no-store</c> on everything personal, so no browser cache, shared computer or proxy keeps a copy: every API
/// answer and calendar feed except the public reference data (anonymous GETs such as plan templates and the exercise library), and
/// every page shown to a signed-in person. Static files are served before this and stay cacheable.
/// </summary>
internal static class NoStore
{
    public static IApplicationBuilder UseNoStoreForPersonalData(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            if (IsPersonal(context))
            {
                context.Response.Headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    });

    private static bool IsPersonal(HttpContext context)
    {
        var request = context.Request;
        var feed = request.Path.StartsWithSegments("/calendar", StringComparison.OrdinalIgnoreCase);
        if (request.IsApi() || feed)
        {
            var publicReference = !feed && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            return !publicReference;
        }

        return context.User.Identity?.IsAuthenticated == true;
    }
}
