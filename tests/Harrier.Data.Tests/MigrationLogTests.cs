using System.Collections.Concurrent;
using Harrier.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Harrier.Data.Tests;

/// <summary>The first start on an empty database reads as a success in the log: nothing at error level.</summary>
public sealed class MigrationLogTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Migrate_EmptyDatabase_LogsNoError(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var log = new CapturedLog();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Debug));
        var options = new DbContextOptionsBuilder<HarrierDbContext>();
        HarrierDatabase.Configure(options, database.Settings);
        await using var db = new HarrierDbContext(options.UseLoggerFactory(loggers).Options);

        await HarrierDatabase.MigrateAsync(db, database.Settings, CancellationToken.None);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains(log.Entries, e => e.Category == DbLoggerCategory.Migrations.Name); // the capture works
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Error);
    }

    private sealed class CapturedLog : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}
