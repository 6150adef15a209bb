namespace Harrier.Web.Infrastructure;

internal static class ApiPaths
{
    /// <summary>True for the JSON API, which answers with status codes and problem details instead of pages and redirects.</summary>
    public static bool IsApi(this HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
