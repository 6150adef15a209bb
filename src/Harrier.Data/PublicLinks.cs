using Microsoft.Extensions.Configuration;

namespace Harrier.Data;

/// <summary>
/// Absolute links Harrier gives out (invitation links, calendar feeds, e-mails), built from the configured public address
/// (<c>PublicBaseUrl</c>, e.g. https://harrier.example.org), never from the Host header a request happens to carry. Without the
/// setting, the first address the server listens on is used.
/// </summary>
public sealed class PublicLinks(IConfiguration configuration)
{
    private readonly Uri _base = BaseFrom(configuration);

    /// <summary>True when <c>PublicBaseUrl</c> is set; otherwise links are a guess from the listening address.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(configuration["PublicBaseUrl"]);

    /// <summary>The public base address, ending in "/".</summary>
    public Uri Base => _base;

    /// <summary>The link a runner opens to accept a coach's invitation.</summary>
    public string Join(string code) => new Uri(_base, "join/" + Uri.EscapeDataString(Coaching.Invitations.Normalize(code))).ToString();

    /// <summary>An absolute link for a site-relative path such as "calendar/abc.ics".</summary>
    public string For(string relativePath) => new Uri(_base, relativePath.TrimStart('/')).ToString();

    private static Uri BaseFrom(IConfiguration configuration)
    {
        var configured = configuration["PublicBaseUrl"];
        var text = !string.IsNullOrWhiteSpace(configured) ? configured
            : (configuration["Urls"] ?? "http://localhost:5080").Split(';', StringSplitOptions.RemoveEmptyEntries)[0].Replace("*", "localhost", StringComparison.Ordinal)
                .Replace("+", "localhost", StringComparison.Ordinal);
        return Uri.TryCreate(text.TrimEnd('/') + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"PublicBaseUrl '{text}' is not an absolute http or https address.");
    }
}
