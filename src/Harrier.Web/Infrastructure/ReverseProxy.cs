using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy: <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c> are believed only from the addresses and networks
/// in <c>TrustedProxies</c> (loopback by default), so a request the proxy received over HTTPS is HTTPS here too (Secure cookies,
/// HSTS) and nobody else can claim to be the proxy.
/// </summary>
internal static class ReverseProxy
{
    public const string Setting = "TrustedProxies";

    private const string Loopback = "127.0.0.0/8;::1";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var (proxies, networks) = Parse(configuration[Setting] is { Length: > 0 } text ? text : Loopback);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.ForwardLimit = null; // walk back through every trusted proxy; the first untrusted address stops it
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
        });
        // The antiforgery cookie, like the sign-in cookie, is Secure whenever the request is HTTPS (here or at the proxy).
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>IP addresses and CIDR networks separated by <c>;</c>, <c>,</c> or spaces; anything else stops the start with its name.</summary>
    public static (List<IPAddress> Proxies, List<System.Net.IPNetwork> Networks) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var proxies = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in text.Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                proxies.Add(address);
            }
            else
            {
                throw new InvalidOperationException($"{Setting}: '{entry}' is not an IP address or a network such as 10.0.0.0/8.");
            }
        }

        return (proxies, networks);
    }
}
