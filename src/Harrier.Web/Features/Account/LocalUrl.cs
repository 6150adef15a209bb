namespace Harrier.Web.Features.Account;

/// <summary>Keeps redirects after sign-in on this site.</summary>
public static class LocalUrl
{
    public static string OrDefault(string? url, string fallback = "/log") =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : fallback;
}
