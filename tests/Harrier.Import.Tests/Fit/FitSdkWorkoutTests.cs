using System.Diagnostics;
using System.Text.Json;
using Harrier.Import.Fit;
using Harrier.Tests;

namespace Harrier.Import.Tests.Fit;

/// <summary>
/// Harrier's workout files decoded by Garmin's official JavaScript FIT SDK (npm @garmin/fitsdk), the reference decoder.
/// Needs <c>node</c> and the package: <c>npm ci --prefix tests/Harrier.Import.Tests/FitSdk</c>. Skipped on a developer's machine
/// without them; a failure when HARRIER_TEST_REQUIRE_SERVICES=1.
/// </summary>
public sealed class FitSdkWorkoutTests
{
    private const string Setup = "Node.js with Garmin's FIT SDK (install with: npm ci --prefix tests/Harrier.Import.Tests/FitSdk)";

    [Fact]
    public async Task Write_Sessions_GarminSdkReadsTheSameSteps()
    {
        var folder = SdkFolder();
        TestEnvironment.Need(folder is not null && await NodeWorksAsync(), Setup);
        using var files = new TempFolder();
        var paths = WorkoutSessions.All
            .Select(s => files.Write(s.Name + ".fit", FitWorkoutWriter.Write(s.Workout, s.Name, WorkoutSessions.Created)))
            .ToArray();

        var output = await RunNodeAsync(folder!, ["read-workout.mjs", .. paths]);

        var results = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
        Assert.Equal(paths.Length, results.Length);
        for (var i = 0; i < results.Length; i++)
        {
            var (name, _, expected) = WorkoutSessions.All[i];
            var r = results[i];
            Assert.True(r.GetProperty("isFit").GetBoolean(), name);
            Assert.True(r.GetProperty("integrity").GetBoolean(), $"{name}: the SDK's header and file CRC check failed");
            Assert.Empty(r.GetProperty("errors").EnumerateArray());
            Assert.Equal("workout", r.GetProperty("fileType").GetString());
            var workout = r.GetProperty("workout");
            Assert.Equal(name, workout.GetProperty("name").GetString());
            Assert.Equal("running", workout.GetProperty("sport").GetString());
            Assert.Equal(expected.Length, workout.GetProperty("numValidSteps").GetInt32());
            Assert.Equal(expected, r.GetProperty("steps").EnumerateArray().Select(Step));
            Assert.Equal(Enumerable.Range(0, expected.Length), r.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("messageIndex").GetInt32()));
        }
    }

    /// <summary>A step as the SDK decodes it, with its sub-fields expanded (durationTime in s, durationDistance in m, repeatSteps).</summary>
    private static WorkoutSessions.Expected Step(JsonElement s)
    {
        var type = s.GetProperty("durationType").GetString()!;
        var value = type switch
        {
            "time" => s.GetProperty("durationTime").GetDouble(),
            "distance" => s.GetProperty("durationDistance").GetDouble(),
            _ => s.GetProperty("durationStep").GetDouble(),
        };
        int? rounds = s.GetProperty("repeatSteps").ValueKind == JsonValueKind.Number ? s.GetProperty("repeatSteps").GetInt32() : null;
        return new WorkoutSessions.Expected(s.GetProperty("name").GetString(), type, value, rounds, s.GetProperty("intensity").GetString());
    }

    /// <summary>tests/Harrier.Import.Tests/FitSdk with the package installed, found upwards from the test binaries; null without it.</summary>
    private static string? SdkFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "tests", "Harrier.Import.Tests", "FitSdk");
            if (File.Exists(Path.Combine(folder, "read-workout.mjs")))
            {
                return File.Exists(Path.Combine(folder, "node_modules", "@garmin", "fitsdk", "package.json")) ? folder : null;
            }
        }

        return null;
    }

    private static async Task<bool> NodeWorksAsync()
    {
        try
        {
            return (await RunNodeAsync(Path.GetTempPath(), ["--version"])).StartsWith('v');
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no node on the PATH
        }
    }

    private static async Task<string> RunNodeAsync(string workingDirectory, string[] args)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"node {string.Join(' ', args)} exited with {process.ExitCode}: {await errors}");
        return await output;
    }

    private sealed class TempFolder : IDisposable
    {
        private readonly string _path = Directory.CreateTempSubdirectory("harrier-fit-").FullName;

        public string Write(string name, byte[] bytes)
        {
            var path = Path.Combine(_path, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        public void Dispose() => Directory.Delete(_path, recursive: true);
    }
}
