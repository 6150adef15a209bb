using System.Diagnostics;
using Harrier.Data;
using Harrier.Tests;

namespace Harrier.Cli.Tests;

/// <summary>Runs the built <c>harrier</c> program as its own process, the way people use it.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task Harrier_RunsListForUnknownUser_ExitsOneWithMessage()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "harrier.dll"), "runs", "list", "--user", "x@example.com"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["HARRIER_DataDir"] = database.DataDirectory },
        };

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("No account with the email x@example.com", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(database.DataDirectory, "harrier.db")));
    }
}
