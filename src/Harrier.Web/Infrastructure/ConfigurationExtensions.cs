using Harrier.Data;

namespace Harrier.Web.Infrastructure;

public static class ConfigurationExtensions
{
    /// <summary>
    /// Adds Harrier's shared sources on top of appsettings.json, then the command line again so it keeps the last word.
    /// <c>Port</c> is a shortcut for <c>Urls</c>. When nothing says where to listen, <see cref="HarrierConfiguration.DefaultUrls"/>.
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
        else if (!SaysWhereToListen(configuration))
        {
            configuration["Urls"] = HarrierConfiguration.DefaultUrls;
        }
    }

    /// <summary>
    /// True when one of ASP.NET Core's own settings chooses the addresses: <c>Urls</c> (<c>ASPNETCORE_URLS</c>, <c>--urls</c>),
    /// <c>HTTP_PORTS</c> or <c>HTTPS_PORTS</c> (<c>ASPNETCORE_HTTP_PORTS</c>, as container images set it) or Kestrel endpoints.
    /// </summary>
    public static bool SaysWhereToListen(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration["Urls"]) || !string.IsNullOrWhiteSpace(configuration["HTTP_PORTS"])
            || !string.IsNullOrWhiteSpace(configuration["HTTPS_PORTS"]) || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
    }

    /// <summary>
    /// The folder holding appsettings.json and wwwroot: the app's own folder (where <c>dotnet publish</c> put them), whatever the
    /// working directory; null when <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c>/<c>DOTNET_CONTENTROOT</c> chooses it.
    /// </summary>
    public static string? ContentRoot(string[] args)
    {
        var chosen = new ConfigurationBuilder().AddEnvironmentVariables("DOTNET_").AddEnvironmentVariables("ASPNETCORE_").AddCommandLine(args).Build();
        return string.IsNullOrWhiteSpace(chosen[HostDefaults.ContentRootKey]) ? AppContext.BaseDirectory : null;
    }
}
