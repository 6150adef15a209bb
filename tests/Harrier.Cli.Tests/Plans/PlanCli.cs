using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;

namespace Harrier.Cli.Tests.Plans;

/// <summary>Runs a <c>harrier plan</c> command in-process at a fixed clock; plan commands need no database.</summary>
internal static class PlanCli
{
    /// <summary>"Today" for these tests: 2026-11-25, so 2027 dates are in the future.</summary>
    public static readonly DateTimeOffset Now = CliRun.Now;

    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var code = await HarrierCli.RunAsync(args, console, new FakeTimeProvider(Now));
        return (code, console.Output);
    }

    /// <summary>Compares with Expectations/<paramref name="name"/>.txt, leaving a .actual.txt beside it when they differ.</summary>
    public static async Task AssertMatchesExpectationAsync(string name, string output)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Expectations", name + ".txt");
        var expected = File.Exists(path) ? await File.ReadAllTextAsync(path) : "";
        if (Normalize(expected) != Normalize(output))
        {
            await File.WriteAllTextAsync(Path.ChangeExtension(path, ".actual.txt"), Normalize(output) + "\n");
        }

        Assert.Equal(Normalize(expected), Normalize(output));
    }

    private static string Normalize(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim();
}
