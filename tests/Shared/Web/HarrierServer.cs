using System.Net;
using Harrier.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Harrier.Tests.Web;

/// <summary>The real web app on Kestrel at a free loopback port, over its own fresh database.</summary>
public class HarrierServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;

    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public Uri BaseAddress { get; private set; } = null!;

    internal TestDatabase Database => _database ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>False when the fixture needs PostgreSQL and none is configured; tests then call <see cref="TestEnvironment.Need"/>.</summary>
    public bool Available { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Provider == DatabaseProvider.Postgres && TestEnvironment.PostgresConnectionString is null)
        {
            return;
        }

        _database = await TestDatabase.CreateAsync(Provider);
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
        Available = true;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("DataDir", Database.DataDirectory);
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Harrier", Database.Settings.ConnectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Every test signs in from 127.0.0.1; the account rate limits get their own fixture (AccountLimitsTests).
        foreach (var limit in new[] { "SignIn", "FailedSignIns", "Register", "PasswordReset" })
        {
            builder.UseSetting($"RateLimits:{limit}:Permits", "100000");
        }
    }

    /// <summary>A client with its own cookie jar, like one browser; redirects are not followed so tests can see them.</summary>
    public HttpClient NewClient(bool followRedirects = false) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = followRedirects, UseCookies = true })
        {
            BaseAddress = BaseAddress,
        };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>The app started with the demo switch.</summary>
public sealed class DemoHarrierServer : HarrierServer
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Enabled", "true");
    }
}

/// <summary>The same app over the test PostgreSQL server.</summary>
public sealed class PostgresHarrierServer : HarrierServer
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
