using Harrier.Core.Units;

namespace Harrier.Core.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void CoreAssembly_References_OnlySystemAssemblies()
    {
        var references = typeof(Distance).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToArray();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(
            name == "netstandard" || name == "System" || name.StartsWith("System.", StringComparison.Ordinal),
            $"Harrier.Core must reference only the BCL, but references {name}."));
    }
}
