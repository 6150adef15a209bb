using Harrier.Data;

namespace Harrier.Web.Infrastructure;

public static class ConfigurationExtensions
{
    /// <summary>
    /// Adds Harrier's shared sources on top of appsettings.json, then the command line again so it keeps the last word.
    /// <c>Port</c> is a shortcut for <c>Urls</c>.
    /// </summary>
    public static void AddHarrierSources(this ConfigurationManager configuration, string[] args)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.AddHarrierSources(configuration["DataDir"]);
        configuration.AddCommandLine(CommandLine.Normalize(args));
        if (configuration["Port"] is { Length: > 0 } port)
        {
            configuration["Urls"] = $"http://localhost:{port}";
        }
    }
}
