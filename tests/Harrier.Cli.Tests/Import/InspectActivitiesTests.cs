using System.IO.Compression;
using System.Text.Json;
using Harrier.Import.Tests;

namespace Harrier.Cli.Tests.Import;

/// <summary><c>inspect --json</c> gives one line per activity, with its session, splits and what a partial file lacks.</summary>
public sealed class InspectActivitiesTests
{
    private static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    private static JsonElement[] Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public async Task Inspect_Triathlon_PrintsOneLinePerLegWithItsSession()
    {
        Corpus.SkipIfMissing();
        await using var cli = await CliRun.CreateAsync();

        var (code, output, _) = await cli.RunWithErrorsAsync("inspect", "--json", Corpus.PathOf("fit", "fit__triathlon_summary_last.fit"));

        var lines = Lines(output);
        Assert.Equal(0, code);
        Assert.Equal([0, 1, 2, 3, 4], lines.Select(l => l.GetProperty("session").GetInt32()));
        Assert.Equal(["swimming", "transition", "cycling", "transition", "running"], lines.Select(l => l.GetProperty("sport").GetString()));
        Assert.Equal("Garmin Forerunner 255 (software 17.02)", lines[4].GetProperty("device").GetString());
    }

    [Fact]
    public async Task Inspect_Run_PrintsKilometreSplitsWithThePartialLastOneAtItsRealDistance()
    {
        await using var cli = await CliRun.CreateAsync();

        var (_, output, _) = await cli.RunWithErrorsAsync("inspect", "--json", TestFile("steady-run.fit"));

        var splits = Assert.Single(Lines(output)).GetProperty("splits").EnumerateArray().ToArray();
        Assert.Equal([1000.0, 800.0], splits.Select(s => s.GetProperty("distanceMeters").GetDouble()));
        Assert.Equal([333.3, 266.7], splits.Select(s => s.GetProperty("seconds").GetDouble()));
    }

    [Fact]
    public async Task Inspect_FileCutShort_IsPartialAndSaysWhatIsMissing()
    {
        await using var cli = await CliRun.CreateAsync();
        var cut = Path.Combine(cli.Database.DataDirectory, "cut.fit");
        await File.WriteAllBytesAsync(cut, File.ReadAllBytes(TestFile("steady-run.fit"))[..9000], TestContext.Current.CancellationToken);

        var (code, output, _) = await cli.RunWithErrorsAsync("inspect", "--json", cut);

        var line = Assert.Single(Lines(output));
        Assert.Equal(0, code);
        Assert.Equal("partial", line.GetProperty("status").GetString());
        Assert.Contains("the end of the recording (the file is cut short)", line.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task InspectAndImport_DamagedZip_ExitTwoAndGoOnWithTheRest()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");
        var zip = Path.Combine(cli.Database.DataDirectory, "damaged.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(TestFile("steady-run.fit"), "1.fit");
        }

        var bytes = File.ReadAllBytes(zip);
        bytes.AsSpan(bytes.AsSpan().LastIndexOf("PK\u0001\u0002"u8), 30).Fill(0x77);
        await File.WriteAllBytesAsync(zip, bytes, TestContext.Current.CancellationToken);

        var (inspect, inspected, errors) = await cli.RunWithErrorsAsync("inspect", "--json", zip, TestFile("two-laps.tcx"));
        var (import, imported) = await cli.RunAsync("import", "--user", "ana@example.com", zip, TestFile("two-laps.tcx"));

        Assert.Equal((2, 2), (inspect, import));
        Assert.StartsWith(zip + ": not a readable zip archive", errors, StringComparison.Ordinal);
        Assert.Single(Lines(inspected));
        Assert.Contains("imported  " + TestFile("two-laps.tcx"), imported, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_UnusableLimit_IsRefusedNamingItsConfigurationKey()
    {
        await using var cli = await CliRun.CreateAsync();

        var (code, output, _) = await cli.RunWithErrorsAsync("inspect", "--max-archive-mb", "0", TestFile("two-laps.tcx"));

        Assert.NotEqual(0, code);
        Assert.Contains("Import:MaxArchiveMegabytes must be at least MaxFileMegabytes (it is 0).", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_LimitsFromTheConfigurationFile_AreTheOnesUsed()
    {
        await using var cli = await CliRun.CreateAsync();
        var dir = cli.Database.DataDirectory;
        await File.WriteAllTextAsync(Path.Combine(dir, "harrier.json"), """{ "Import": { "MaxEntries": 1 } }""", TestContext.Current.CancellationToken);
        var zip = Path.Combine(dir, "two.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(TestFile("two-laps.tcx"), "a.tcx");
            archive.CreateEntryFromFile(TestFile("two-laps.tcx"), "b.tcx");
        }

        var (code, _, errors) = await cli.RunWithErrorsAsync("inspect", "--data-dir", dir, zip);

        Assert.Equal(2, code);
        Assert.Contains("more than the limit of 1 (Import:MaxEntries)", errors, StringComparison.Ordinal);
    }
}
