using Spectre.Console.Testing;

namespace Harrier.Cli.Tests;

/// <summary>The help text is part of the interface: it is compared with the checked-in files in Expectations/.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("runs-add", "runs", "add", "--help")]
    [InlineData("runs-list", "runs", "list", "--help")]
    public async Task Help_MatchesExpectation(string name, params string[] args)
    {
        var console = new TestConsole().Width(120);
        await HarrierCli.RunAsync(args, console, TimeProvider.System);

        var path = Path.Combine(AppContext.BaseDirectory, "Expectations", name + ".txt");
        var expected = File.Exists(path) ? await File.ReadAllTextAsync(path) : "";
        if (Normalize(expected) != Normalize(console.Output))
        {
            // Left beside the expectation so a deliberate change can be reviewed and copied into Expectations/.
            await File.WriteAllTextAsync(Path.ChangeExtension(path, ".actual.txt"), Normalize(console.Output) + "\n");
        }

        Assert.Equal(Normalize(expected), Normalize(console.Output));
    }

    private static string Normalize(string text) => string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim();
}
