using Spectre.Console.Testing;

namespace Harrier.Cli.Tests;

public sealed class VersionTests
{
    [Fact]
    public async Task Version_PrintsTheVersionAndTheCommit()
    {
        var console = new TestConsole().Width(120);

        var exit = await HarrierCli.RunAsync(["--version"], console, TimeProvider.System);

        Assert.Equal(0, exit);
        Assert.Equal(HarrierCli.Version, console.Output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?(\+[0-9a-f]{7})?$", HarrierCli.Version);
    }
}
