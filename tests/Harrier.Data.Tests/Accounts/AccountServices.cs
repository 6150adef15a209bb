using Harrier.Data.Accounts;
using Harrier.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Harrier.Data.Tests.Accounts;

/// <summary>The account services as the web app and the CLI wire them (<see cref="HarrierIdentity.AddHarrierAccounts"/>), over a fresh database.</summary>
internal sealed class AccountServices : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly ServiceProvider _provider;

    private AccountServices(TestDatabase database, FakeTimeProvider clock)
    {
        _database = database;
        Clock = clock;
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(clock);
        services.AddDbContext<HarrierDbContext>(b => HarrierDatabase.Configure(b, database.Settings));
        services.AddHarrierAccounts();
        _provider = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; }

    public static async Task<AccountServices> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (await database.MigratedContextAsync())
        {
        }

        return new AccountServices(database, new FakeTimeProvider(new DateTimeOffset(2027, 1, 11, 6, 0, 0, TimeSpan.Zero)));
    }

    /// <summary>A new scope, as one request or one CLI command has.</summary>
    public AsyncServiceScope Scope() => _provider.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _database.DisposeAsync();
    }
}
