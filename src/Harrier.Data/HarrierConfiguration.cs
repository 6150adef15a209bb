using Microsoft.Extensions.Configuration;

namespace Harrier.Data;

/// <summary>The configuration sources the web app and the CLI share.</summary>
public static class HarrierConfiguration
{
    /// <summary>Where the web app listens when neither <c>Urls</c> nor <c>HTTP_PORTS</c>/<c>HTTPS_PORTS</c> (ASP.NET Core's own settings) is set.</summary>
    public const string DefaultUrls = "http://localhost:5080";

    /// <summary>
    /// Adds <c>&lt;DataDir&gt;/harrier.json</c> and then <c>HARRIER_</c> environment variables (e.g. <c>HARRIER_Database__Provider</c>),
    /// so the environment overrides the file. The data folder is <paramref name="dataDir"/> when given, else <c>HARRIER_DataDir</c>,
    /// else the default.
    /// </summary>
    public static IConfigurationBuilder AddHarrierSources(this IConfigurationBuilder builder, string? dataDir)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrWhiteSpace(dataDir))
        {
            dataDir = Environment.GetEnvironmentVariable("HARRIER_DataDir");
        }

        var folder = Path.GetFullPath(string.IsNullOrWhiteSpace(dataDir) ? DatabaseSettings.DefaultDataDirectory : dataDir);
        builder.AddJsonFile(Path.Combine(folder, "harrier.json"), optional: true, reloadOnChange: false);
        builder.AddEnvironmentVariables("HARRIER_");
        return builder;
    }
}
