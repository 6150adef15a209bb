using System.Net;
using System.Net.Sockets;
using Harrier.Tests.Web;
using Microsoft.AspNetCore.Hosting;

namespace Harrier.Web.Tests.Account;

/// <summary>The app sending its e-mail to a local <see cref="SmtpSink"/>, with a configured public address for its links.</summary>
public sealed class MailHarrierServer : HarrierServer
{
    public const string PublicBaseUrl = "https://harrier.example.org/";

    public SmtpSink Mail { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Mail.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:Security", "None");
        builder.UseSetting("Smtp:From", "Harrier <harrier@example.org>");
        builder.UseSetting("PublicBaseUrl", PublicBaseUrl);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

/// <summary>The app with the account rate limits low enough to reach in a test.</summary>
public sealed class LimitedHarrierServer : HarrierServer
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:SignIn:Permits", "10");
        builder.UseSetting("RateLimits:FailedSignIns:Permits", "3");
        builder.UseSetting("RateLimits:FailedSignIns:Window", "00:15:00");
        builder.UseSetting("RateLimits:FailedSignInsPerAccount:Permits", "6");
        builder.UseSetting("RateLimits:Register:Permits", "3");
        builder.UseSetting("RateLimits:PasswordReset:Permits", "2");
    }
}

internal static class Clients
{
    /// <summary>A client whose connections come from another loopback address (e.g. 127.0.0.2), like a second computer.</summary>
    public static HttpClient From(HarrierServer server, string localAddress) =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                await socket.ConnectAsync(IPAddress.Parse(context.DnsEndPoint.Host), context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        })
        {
            BaseAddress = server.BaseAddress,
        };
}
