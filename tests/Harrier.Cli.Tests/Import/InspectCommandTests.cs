using System.Text.Json;

namespace Harrier.Cli.Tests.Import;

public sealed class InspectCommandTests
{
    private static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    [Fact]
    public async Task Inspect_Json_PrintsOneObjectPerFileWithTheDocumentedFields()
    {
        await using var cli = await CliRun.CreateAsync();

        var (code, output, errors) = await cli.RunWithErrorsAsync("inspect", "--json", TestFile("garmin-fenix-5-run.fit"), TestFile("two-laps.tcx"));

        Assert.Equal(0, code);
        Assert.Equal("", errors);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        string[] fields = ["file", "session", "format", "sport", "device", "startTime", "status", "reason", "missing", "distanceMeters",
            "timerSeconds", "elapsedSeconds", "movingSeconds", "ascentMeters", "descentMeters", "avgHeartRate", "maxHeartRate", "cadence",
            "sampleCount", "splits", "laps", "issues"];
        foreach (var line in lines)
        {
            var json = JsonDocument.Parse(line).RootElement;
            Assert.All(fields, f => Assert.True(json.TryGetProperty(f, out _), $"missing {f} in {line}"));
        }

        var tcx = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal(TestFile("two-laps.tcx"), tcx.GetProperty("file").GetString());
        Assert.Equal("tcx", tcx.GetProperty("format").GetString());
        Assert.Equal(2, tcx.GetProperty("laps").GetArrayLength());
        Assert.EndsWith("Z", tcx.GetProperty("startTime").GetString()!.Replace("+00:00", "Z", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_UnusableFile_ExitsTwoNamesItOnStderrAndStillReportsTheRest()
    {
        await using var cli = await CliRun.CreateAsync();
        var broken = Path.Combine(cli.Database.DataDirectory, "broken.fit");
        await File.WriteAllBytesAsync(broken, [0x0E, 0x10, 0x00, 0x00], TestContext.Current.CancellationToken);

        var (code, output, errors) = await cli.RunWithErrorsAsync("inspect", "--json", broken, TestFile("two-laps.tcx"));

        Assert.Equal(2, code);
        Assert.StartsWith(broken + ": ", errors, StringComparison.Ordinal);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Inspect_ZipWithNoActivityFiles_SaysSoOnStderrAndExitsTwo()
    {
        await using var cli = await CliRun.CreateAsync();
        var zip = Path.Combine(cli.Database.DataDirectory, "notes.zip");
        await using (var archive = new System.IO.Compression.ZipArchive(File.Create(zip), System.IO.Compression.ZipArchiveMode.Create))
        {
            for (var i = 0; i < 50; i++)
            {
                archive.CreateEntry($"note-{i}.txt");
            }
        }

        var (code, output, errors) = await cli.RunWithErrorsAsync("inspect", "--json", zip);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("No activity files (.fit, .gpx, .tcx, optionally .gz) found", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_Folder_ReadsEveryActivityFileInIt()
    {
        await using var cli = await CliRun.CreateAsync();

        var (code, output, _) = await cli.RunWithErrorsAsync("inspect", Path.Combine(AppContext.BaseDirectory, "TestData"));

        Assert.Equal(0, code);
        Assert.Contains("two-laps.tcx", output, StringComparison.Ordinal);
        Assert.Contains("garmin-fenix-5-run.fit", output, StringComparison.Ordinal);
    }
}
