using Harrier.Data;
using Harrier.Data.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Harrier.Cli.Commands.Users;

/// <summary>
/// The web app's account services (Identity's user store, the password policy, sessions) over the configured database, so the
/// owner's commands create accounts and set passwords exactly as registration and password changes do.
/// </summary>
internal sealed class CliAccounts : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private CliAccounts(ServiceProvider provider)
    {
        _provider = provider;
        _scope = provider.CreateAsyncScope();
    }

    public IServiceProvider Services => _scope.ServiceProvider;

    public HarrierDbContext Db => Services.GetRequiredService<HarrierDbContext>();

    public Accounts Accounts => Services.GetRequiredService<Accounts>();

    public static async Task<CliAccounts> OpenAsync(string? dataDir, TimeProvider clock, CancellationToken cancellationToken)
    {
        // Opening once brings the schema up to date, as every command does.
        await using (await CliDatabase.OpenAsync(dataDir, cancellationToken))
        {
        }

        var services = new ServiceCollection().AddLogging().AddSingleton(clock);
        services.AddHarrierDatabase(DatabaseSettings.From(CliDatabase.Configuration(dataDir)));
        services.AddHarrierAccounts();
        return new CliAccounts(services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
