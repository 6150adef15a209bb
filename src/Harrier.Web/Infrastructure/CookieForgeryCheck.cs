using Microsoft.AspNetCore.Antiforgery;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// Every state-changing request that the sign-in cookie authorizes must show that it came from Harrier's own pages: it carries a valid
/// antiforgery token (form field or <c>RequestVerificationToken</c> header), or its body is JSON, which a cross-site form cannot send
/// and a cross-site script cannot either without CORS (which Harrier never enables). Requests with a bearer token carry no ambient
/// credential and pass. Pages and form endpoints that check their own token (their antiforgery metadata) keep doing so. Without
/// this, a form on another site (a sibling subdomain is "same-site", so SameSite=Lax does not stop it) could rotate the calendar
/// feed, stop a remedy experiment or sign the runner out.
/// </summary>
internal static class CookieForgeryCheck
{
    public static IApplicationBuilder UseCookieForgeryCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (NeedsToken(context) && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            if (context.Request.IsApi())
            {
                await TypedResults.Problem(
                    "A request signed in with the browser's cookie must come from Harrier's own pages or send JSON; API clients sign in for a bearer token.",
                    statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery token missing or invalid").ExecuteAsync(context);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest; // the status page says the rest
            }

            return;
        }

        await next(context);
    });

    private static bool NeedsToken(HttpContext context)
    {
        var request = context.Request;
        return !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
            && context.User.Identity?.IsAuthenticated == true
            && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && !request.HasJsonContentType()
            && context.GetEndpoint() is { } endpoint
            && endpoint.Metadata.GetMetadata<IAntiforgeryMetadata>() is not { RequiresValidation: true };
    }
}
