using System.Text.Json;
using Harrier.Cli.Tests.Plans;
using Spectre.Console.Testing;

namespace Harrier.Cli.Tests.Triage;

/// <summary>The triage help text is part of the interface: compared with Expectations/triage.txt.</summary>
public sealed class TriageHelpTests
{
    [Fact]
    public async Task Help_MatchesExpectation()
    {
        var console = new TestConsole().Width(120);
        await HarrierCli.RunAsync(["triage", "--help"], console, TimeProvider.System);

        await PlanCli.AssertMatchesExpectationAsync("triage", console.Output);
    }

    [Theory]
    [InlineData("triage-thread-runner.json", "self", 0)]
    [InlineData("triage-emergency.json", "emergency", 4)]
    [InlineData("triage-cancer-history.json", "today", 3)]
    public async Task DocsExample_RunsWithTheDocumentedUrgency(string name, string urgency, int exitCode)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "examples", name);
        await using var cli = await CliRun.CreateAsync();

        var (code, output, errors) = await cli.RunWithErrorsAsync("triage", "--input", path, "--json");

        Assert.Equal("", errors);
        Assert.Equal(exitCode, code);
        Assert.Equal(urgency, JsonDocument.Parse(output).RootElement.GetProperty("warningSigns").GetProperty("urgency").GetString());
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "docs", "examples")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("docs/examples not found above the test output.");
    }
}
