using System.Net;
using Harrier.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Harrier.Tests.Web;

/// <summary>The real web app on Kestrel at a free loopback port, over its own fresh database.</summary>
public class HarrierServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;

    public HarrierServer()
        : this(DatabaseProvider.Sqlite, demo: false)
    {
    }

    /// <summary>A server over <paramref name="provider"/>, started with the demo switch when <paramref name="demo"/> is set.</summary>
    internal HarrierServer(DatabaseProvider provider, bool demo)
    {
        Provider = provider;
        Demo = demo;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Started with the demo switch: the demo coach and runners with their sample data.</summary>
    public bool Demo { get; }

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
        foreach (var limit in new[] { "SignIn", "FailedSignIns", "FailedSignInsPerAccount", "Register", "PasswordReset" })
        {
            builder.UseSetting($"RateLimits:{limit}:Permits", "100000");
        }

        if (Demo)
        {
            builder.UseSetting("Demo:Enabled", "true");
        }
    }

    /// <summary>Gives an account (a demo account, whose password is random at every start) a password a test can sign in with.</summary>
    public async Task SetPasswordAsync(string email, string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HarrierUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        var removed = await users.RemovePasswordAsync(user);
        var added = removed.Succeeded ? await users.AddPasswordAsync(user, password) : removed;
        if (!added.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", added.Errors.Select(e => e.Description)));
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
public sealed class DemoHarrierServer() : HarrierServer(DatabaseProvider.Sqlite, demo: true);

/// <summary>The same app over the test PostgreSQL server.</summary>
public sealed class PostgresHarrierServer() : HarrierServer(DatabaseProvider.Postgres, demo: false);

/// <summary>The app started with the demo switch over the test PostgreSQL server.</summary>
public sealed class PostgresDemoHarrierServer() : HarrierServer(DatabaseProvider.Postgres, demo: true);
