namespace Harrier.Web.Features.Account;

/// <summary>Return addresses after signing in or out: only paths on this site, escaped so they can go in a Location header.</summary>
public static class LocalUrl
{
    private static readonly Uri Site = new("http://harrier.local/");

    /// <summary>
    /// <paramref name="url"/> when it is a path on this site ("/plan?week=3"), percent-escaped (non-ASCII letters become UTF-8
    /// escapes); otherwise <paramref name="fallback"/>: another site, a protocol-relative or backslash address, control characters.
    /// </summary>
    public static string OrDefault(string? url, string fallback = "/log")
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/' || (url.Length > 1 && (url[1] == '/' || url[1] == '\\')) || url.Any(char.IsControl))
        {
            return fallback;
        }

        return Uri.TryCreate(Site, url, out var uri) && uri.Host == Site.Host && uri.Scheme == Site.Scheme
            ? uri.GetComponents(UriComponents.PathAndQuery | UriComponents.Fragment, UriFormat.UriEscaped)
            : fallback;
    }
}
