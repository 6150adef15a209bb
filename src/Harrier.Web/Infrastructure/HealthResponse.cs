using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Harrier.Web.Infrastructure;

/// <summary>Writes <c>/healthz</c> as a small JSON document: overall status and each check's status.</summary>
internal static class HealthResponse
{
    public static HealthCheckOptions Options { get; } = new()
    {
        ResponseWriter = async (context, report) =>
        {
            context.Response.ContentType = "application/json";
            var body = new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
            };
            await JsonSerializer.SerializeAsync(context.Response.Body, body, JsonSerializerOptions.Web, context.RequestAborted);
        },
    };
}
