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
        Assert.Contains("kept      " + export + "!activities/3.tcx: kept as cross-training (other sport, 25:31) on Fri 26 Aug 2022, 17:35; "
            + "not counted as running", output, StringComparison.Ordinal);
        Assert.Contains("outside the archive", output, StringComparison.Ordinal);
        Assert.Contains("3 imported, 0 duplicates, 1 skipped (1 other files ignored).", output, StringComparison.Ordinal);

        var (again, json) = await cli.RunAsync("import", "--user", "ana@example.com", export, "--json");
        var lines = json.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var summary = lines[^1];
        Assert.Equal("summary", summary.GetProperty("type").GetString());
        Assert.Equal(0, summary.GetProperty("imported").GetInt32());
        Assert.Equal(3, summary.GetProperty("duplicates").GetInt32());
        Assert.Equal(2, again);

        await using var db = cli.Database.NewContext();
        Assert.Equal(2, await db.Runs.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await db.CrossTraining.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_WithShoe_GivesTheRunsThatPair_AndAnUnknownPairImportsNothing()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");
        await using (var setup = cli.Database.NewContext())
        {
            var ana = await setup.Users.SingleAsync(TestContext.Current.CancellationToken);
            setup.Shoes.Add(new Core.Runs.Shoe { OwnerId = ana.Id, Name = "Pegasus 38" });
            await setup.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var (unknown, message) = await cli.RunAsync("import", "--user", "ana@example.com", "--shoe", "Clouds", TestFile("two-laps.tcx"));
        var (code, _) = await cli.RunAsync("import", "--user", "ana@example.com", "--shoe", "pegasus 38", TestFile("two-laps.tcx"));

        Assert.Equal((1, 0), (unknown, code));
        Assert.Contains("has no shoes called \"Clouds\"; nothing was imported", message, StringComparison.Ordinal);
        await using var db = cli.Database.NewContext();
        var run = await db.Runs.Include(r => r.Shoe).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Pegasus 38", run.Shoe!.Name);
    }

    [Fact]
    public async Task Import_ZipWithNoActivityFiles_SaysSoAndExitsTwo()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");
        var zip = Path.Combine(cli.Database.DataDirectory, "notes.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntry("notes/monday.txt");
        }

        var (code, output, errors) = await cli.RunWithErrorsAsync("import", "--user", "ana@example.com", zip, "--data-dir", cli.Database.DataDirectory);

        Assert.Equal(2, code);
        Assert.Contains("0 imported, 0 duplicates, 0 skipped (1 other files ignored).", output, StringComparison.Ordinal);
        Assert.StartsWith("No activity files (.fit, .gpx, .tcx, optionally .gz) found.", errors, StringComparison.Ordinal);
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
