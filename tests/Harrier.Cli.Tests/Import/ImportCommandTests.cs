using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Cli.Tests.Import;

public sealed class ImportCommandTests
{
    private static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    private static string Export(string folder)
    {
        var path = Path.Combine(folder, "export.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        zip.CreateEntryFromFile(TestFile("steady-run.fit"), "activities/1.fit");
        using (var gz = new GZipStream(zip.CreateEntry("activities/2.tcx.gz").Open(), CompressionLevel.Fastest))
        {
            gz.Write(File.ReadAllBytes(TestFile("two-laps.tcx")));
        }

        zip.CreateEntryFromFile(TestFile("pool_swim-activity_1.tcx"), "activities/3.tcx");
        using (var writer = new StreamWriter(zip.CreateEntry("activities.csv").Open()))
        {
            writer.Write("id,name");
        }

        using (var evil = zip.CreateEntry("../../evil.fit").Open())
        {
            evil.Write(File.ReadAllBytes(TestFile("steady-run.fit")));
        }

        return path;
    }

    [Fact]
    public async Task Import_AccountExport_ReportsEachFileAndSummary_ThenRerunFindsDuplicates()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");
        var export = Export(cli.Database.DataDirectory);

        var (code, output) = await cli.RunAsync("import", "--user", "ana@example.com", export);

        Assert.Equal(2, code);
        Assert.Contains("imported  " + export + "!activities/1.fit", output, StringComparison.Ordinal);
        Assert.Contains("imported  " + export + "!activities/2.tcx.gz", output, StringComparison.Ordinal);
        Assert.Contains("skipped   " + export + "!activities/3.tcx: cross-training (other sport, 25:31): not stored yet", output, StringComparison.Ordinal);
        Assert.Contains("outside the archive", output, StringComparison.Ordinal);
        Assert.Contains("2 imported, 0 duplicates, 2 skipped (1 other files ignored).", output, StringComparison.Ordinal);

        var (again, json) = await cli.RunAsync("import", "--user", "ana@example.com", export, "--json");
        var lines = json.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var summary = lines[^1];
        Assert.Equal("summary", summary.GetProperty("type").GetString());
        Assert.Equal(0, summary.GetProperty("imported").GetInt32());
        Assert.Equal(2, summary.GetProperty("duplicates").GetInt32());
        Assert.Equal(2, again);

        await using var db = cli.Database.NewContext();
        Assert.Equal(2, await db.Runs.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_UnknownUser_FailsBeforeReadingAnything()
    {
        await using var cli = await CliRun.CreateAsync();
        var (code, output) = await cli.RunAsync("import", "--user", "nobody@example.com", TestFile("two-laps.tcx"));
        Assert.Equal(1, code);
        Assert.Contains("No account", output, StringComparison.Ordinal);
    }
}
