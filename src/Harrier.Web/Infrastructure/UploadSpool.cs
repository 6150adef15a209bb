using Harrier.Data;
using Microsoft.AspNetCore.WebUtilities;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// Multipart bodies (the import page and API, GPX routes) are spooled beyond 64 KB to <c>&lt;DataDir&gt;/tmp</c>, a folder of Harrier's
/// own, instead of the system's temporary folder: each file is deleted when its request ends, and whatever a crash left there is
/// deleted at the next start. The form reader then reads every uploaded file from this one copy and makes none of its own.
/// </summary>
internal static class UploadSpool
{
    private const int MemoryThreshold = 64 * 1024;

    public static string Folder(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Path.Combine(settings.DataDirectory, "tmp");
    }

    public static IApplicationBuilder UseUploadSpool(this IApplicationBuilder app, string folder)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UploadSpool));
        try
        {
            Directory.CreateDirectory(folder);
            Sweep(folder, logger);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Uploads cannot be spooled to {Folder}; the system's temporary folder is used instead.", folder);
            return app;
        }

        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.HasFormContentType && request.ContentType?.Contains("multipart/", StringComparison.OrdinalIgnoreCase) == true
                && !request.Body.CanSeek)
            {
                var spooled = new FileBufferingReadStream(request.Body, MemoryThreshold, bufferLimit: null, folder);
                context.Response.RegisterForDisposeAsync(spooled);
                request.Body = spooled;
            }

            await next(context);
        });
    }

    /// <summary>Deletes what an earlier run left behind (only this folder's spool files, which nothing else writes).</summary>
    internal static void Sweep(string folder, ILogger logger)
    {
        var stale = Directory.GetFiles(folder, "ASPNETCORE_*.tmp");
        foreach (var file in stale)
        {
            File.Delete(file);
        }

        if (stale.Length > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Deleted {Count} upload file(s) left in {Folder} by an earlier run.", stale.Length, folder);
        }
    }
}
