using Microsoft.Extensions.Configuration;

namespace Harrier.Data;

/// <summary>
/// The one maker of absolute links Harrier gives out (invitation links, calendar feeds, e-mails). They start with the configured
/// public address (<c>PublicBaseUrl</c>, e.g. https://harrier.example.org), never with whatever Host header a request carries.
/// Without the setting: the request's own scheme and host when that host is named in <c>AllowedHosts</c> (ASP.NET Core's host
/// filter has then refused every other host), else a guess from the first listening address, which callers say is a guess.
/// </summary>
public sealed class PublicLinks(IConfiguration configuration)
{
    private readonly Uri? _configured = Configured(configuration);
    private readonly Uri _guess = Guess(configuration);
    private readonly string[] _allowedHosts = (configuration["AllowedHosts"] ?? "")
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>True when <c>PublicBaseUrl</c> is set; otherwise links are a guess from the listening address.</summary>
    public bool IsConfigured => _configured is not null;

    /// <summary>The public base address, ending in "/": the configured one, else the guess from the listening address.</summary>
    public Uri Base => _configured ?? _guess;

    /// <summary>
    /// The base address for links given in answer to a request that arrived at <paramref name="requestOrigin"/> (its scheme and
    /// host, after a trusted proxy's forwarded headers): the configured address; else the request's own when <c>AllowedHosts</c>
    /// names its host; else <see cref="Base"/>.
    /// </summary>
    public Uri BaseFor(Uri? requestOrigin) =>
        _configured ?? (IsAllowedOrigin(requestOrigin) ? new Uri(requestOrigin!.GetLeftPart(UriPartial.Authority) + "/") : _guess);

    /// <summary>True when links for a request at <paramref name="requestOrigin"/> are a guess the server's owner should replace.</summary>
    public bool IsGuessFor(Uri? requestOrigin) => _configured is null && !IsAllowedOrigin(requestOrigin);

    /// <summary>The link a runner opens to accept a coach's invitation.</summary>
    public string Join(string code, Uri? requestOrigin = null) =>
        For("join/" + Uri.EscapeDataString(Coaching.Invitations.Normalize(code)), requestOrigin);

    /// <summary>An absolute link for a site-relative path such as "calendar/abc.ics".</summary>
    public string For(string relativePath, Uri? requestOrigin = null)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return new Uri(BaseFor(requestOrigin), relativePath.TrimStart('/')).ToString();
    }

    /// <summary>Exact names and <c>*.example.org</c> patterns in <c>AllowedHosts</c> count; <c>*</c> (any host) does not.</summary>
    private bool IsAllowedOrigin(Uri? origin) => origin is { IsAbsoluteUri: true, Scheme: "http" or "https" } && _allowedHosts.Any(pattern =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? origin.Host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase)
            : pattern != "*" && string.Equals(pattern, origin.Host, StringComparison.OrdinalIgnoreCase));

    private static Uri? Configured(IConfiguration configuration) =>
        configuration["PublicBaseUrl"] is { } text && !string.IsNullOrWhiteSpace(text) ? Absolute(text, "PublicBaseUrl") : null;

    /// <summary>The first of <c>Urls</c> (wildcards read as localhost), else the first of <c>HTTP_PORTS</c>, else the default.</summary>
    private static Uri Guess(IConfiguration configuration)
    {
        var urls = configuration["Urls"] is { Length: > 0 } u ? u
            : configuration["HTTP_PORTS"] is { Length: > 0 } ports ? "http://localhost:" + ports.Split(';', ',')[0].Trim()
            : HarrierConfiguration.DefaultUrls;
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries)[0]
            .Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal)
            .Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal);
        return Absolute(first, "Urls");
    }

    private static Uri Absolute(string text, string setting) =>
        Uri.TryCreate(text.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"{setting} '{text}' is not an absolute http or https address.");
}
