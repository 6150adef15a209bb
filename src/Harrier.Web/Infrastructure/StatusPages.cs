using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace Harrier.Web.Infrastructure;

/// <summary>Plain, friendly pages for error statuses; the API keeps its problem details.</summary>
internal static class StatusPages
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (http.Request.IsApi())
        {
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = http.Response.StatusCode } });
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(Html(http.Response.StatusCode), http.RequestAborted);
    }

    public static string Html(int status)
    {
        var (title, text) = status switch
        {
            404 => ("Not found", "There is nothing here, or it is not yours to see."),
            400 => ("That did not work", "The form was out of date or incomplete. Go back, reload the page and try again."),
            403 => ("Not allowed", "Your account cannot open this page."),
            _ => ("Something went wrong", "Harrier hit a problem it did not expect. Nothing you entered was stored twice; please try again."),
        };
        return $$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{WebUtility.HtmlEncode(title)}} · Harrier</title><link rel="stylesheet" href="/app.css"></head>
            <body><main class="container narrow"><h1>{{WebUtility.HtmlEncode(title)}}</h1><p>{{WebUtility.HtmlEncode(text)}}</p>
            <p><a href="/">Back to Harrier</a></p></main></body></html>
            """;
    }
}
