using Microsoft.Extensions.Configuration;

namespace Harrier.Data;

/// <summary>Where Harrier keeps its data, read from configuration (<c>DataDir</c>, <c>Database:Provider</c>, <c>ConnectionStrings:Harrier</c>).</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public const string ConnectionStringName = "Harrier";

    /// <summary>The default data folder: <c>~/.local/share/harrier</c> on Linux, <c>%LOCALAPPDATA%\harrier</c> on Windows.</summary>
    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "harrier");

    /// <summary>Reads and checks the settings; throws <see cref="InvalidOperationException"/> with a message meant for the operator.</summary>
    public static DatabaseSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataDir = Path.GetFullPath(configuration["DataDir"] is { Length: > 0 } dir ? dir : DefaultDataDirectory);
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException($"Database:Provider is '{providerText}'; use 'Sqlite' or 'Postgres'.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(dataDir, "harrier.db")}"
                : throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Harrier is empty; set it, e.g. HARRIER_ConnectionStrings__Harrier=\"Host=…;Database=harrier;Username=…;Password=…\".");
        }

        return new DatabaseSettings(provider, connectionString, dataDir);
    }
}
