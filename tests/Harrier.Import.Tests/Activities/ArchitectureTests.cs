using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Activities;

public sealed class ArchitectureTests
{
    [Fact]
    public void CoreAssembly_References_OnlyTheBaseClassLibrary()
    {
        var references = typeof(Activity).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard", name));
    }

    [Fact]
    public void ImportAssembly_References_OnlyCoreAndTheBaseClassLibrary()
    {
        var references = typeof(ActivityReader).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "Harrier.Core", name));
    }
}
