using Microsoft.Extensions.Configuration;

namespace Harrier.Data.Tests;

public sealed class DatabaseSettingsTests
{
    private static DatabaseSettings From(params (string Key, string? Value)[] values) =>
        DatabaseSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void From_Nothing_IsSqliteInDataFolder()
    {
        var settings = From(("DataDir", "/tmp/harrier-x"));

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal("Data Source=/tmp/harrier-x/harrier.db", settings.ConnectionString);
    }

    [Fact]
    public void From_PostgresWithoutConnectionString_ExplainsWhatToSet()
    {
        var error = Assert.Throws<InvalidOperationException>(() => From(("Database:Provider", "Postgres")));
        Assert.Contains("ConnectionStrings:Harrier", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_UnknownProvider_NamesTheChoices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => From(("Database:Provider", "Oracle")));
        Assert.Contains("'Sqlite' or 'Postgres'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_PostgresCaseInsensitive_UsesConnectionString()
    {
        var settings = From(("Database:Provider", "postgres"), ("ConnectionStrings:Harrier", "Host=db;Database=harrier"));
        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
        Assert.Equal("Host=db;Database=harrier", settings.ConnectionString);
    }
}
