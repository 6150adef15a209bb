namespace Harrier.Web.Infrastructure;

/// <summary>Turns the web host's short switches into configuration keys.</summary>
public static class CommandLine
{
    /// <summary><c>--demo</c> becomes <c>--Demo:Enabled=true</c>; <c>--data-dir X</c> becomes <c>--DataDir X</c>.</summary>
    public static string[] Normalize(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Select(a => a switch
        {
            "--demo" => "--Demo:Enabled=true",
            "--data-dir" => "--DataDir",
            "--port" => "--Port",
            _ => a,
        }).ToArray();
    }
}
