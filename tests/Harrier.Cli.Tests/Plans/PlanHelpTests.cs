using Spectre.Console.Testing;

namespace Harrier.Cli.Tests.Plans;

/// <summary>The plan commands' help text is part of the interface: compared with Expectations/plan-*.txt.</summary>
public sealed class PlanHelpTests
{
    [Theory]
    [InlineData("plan-branch", "plan", "--help")]
    [InlineData("plan-templates", "plan", "templates", "--help")]
    [InlineData("plan-apply", "plan", "apply", "--help")]
    [InlineData("plan-generate", "plan", "generate", "--help")]
    public async Task Help_MatchesExpectation(string name, params string[] args)
    {
        var console = new TestConsole().Width(120);
        await HarrierCli.RunAsync(args, console, TimeProvider.System);

        await PlanCli.AssertMatchesExpectationAsync(name, console.Output);
    }
}
