using System.IO.Compression;
using Harrier.Import.Sources;

namespace Harrier.Import.Tests.Sources;

public sealed class ImportSourceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("harrier-source-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] Fit => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "garmin-fenix-5-run.fit"));

    private string Zip(string name, params (string Entry, byte[] Data)[] entries)
    {
        var path = Path.Combine(_dir, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, data) in entries)
        {
            using var stream = zip.CreateEntry(entry, CompressionLevel.Optimal).Open();
            stream.Write(data);
        }

        return path;
    }

    private static byte[] ZipBytes(params (string Entry, byte[] Data)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entry, data) in entries)
            {
                using var stream = zip.CreateEntry(entry).Open();
                stream.Write(data);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(data);
        }

        return buffer.ToArray();
    }

    [Fact]
    public void Enumerate_Folder_FindsActivityFilesAndCountsTheRest()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "watch", "2026"));
        File.WriteAllBytes(Path.Combine(_dir, "watch", "2026", "run.fit"), Fit);
        File.WriteAllText(Path.Combine(_dir, "watch", "notes.txt"), "not an activity");
        var source = new ImportSource(ImportLimits.Default);

        var items = source.Enumerate([_dir]).ToArray();

        var item = Assert.Single(items);
        Assert.EndsWith("run.fit", item.Name, StringComparison.Ordinal);
        Assert.Equal(Fit, item.Data);
        Assert.Equal(1, source.Ignored);
    }

    [Fact]
    public void Enumerate_AccountExport_ReadsNestedArchivesAndGzipEntries()
    {
        var inner = ZipBytes(("deep/run.fit", Fit));
        var path = Zip("export.zip", ("activities/1.fit.gz", Gzip(Fit)), ("activities/2.tcx", "<TrainingCenterDatabase/>"u8.ToArray()),
            ("profile.json", "{}"u8.ToArray()), ("more/inner.zip", inner));
        var source = new ImportSource(ImportLimits.Default);

        var items = source.Enumerate([path]).ToArray();

        Assert.Equal(["export.zip!activities/1.fit.gz", "export.zip!activities/2.tcx", "export.zip!more/inner.zip!deep/run.fit"],
            items.Select(i => i.Name[(_dir.Length + 1)..]));
        Assert.All(items, i => Assert.NotNull(i.Data));
        Assert.Equal(1, source.Ignored);
    }

    [Theory]
    [InlineData("../escape.fit")]
    [InlineData("a/../../escape.fit")]
    [InlineData("/etc/escape.fit")]
    [InlineData("C:/escape.fit")]
    public void Enumerate_EntryLeavingTheArchive_IsRefused(string entry)
    {
        var path = Zip("evil.zip", (entry, Fit), ("fine.fit", Fit));

        var items = new ImportSource(ImportLimits.Default).Enumerate([path]).ToArray();

        Assert.Equal(2, items.Length);
        var refused = items.Single(i => i.Data is null);
        Assert.Contains("outside the archive", refused.Problem, StringComparison.Ordinal);
        Assert.NotNull(items.Single(i => i.Name.EndsWith("fine.fit", StringComparison.Ordinal)).Data);
    }

    [Fact]
    public void Enumerate_DecompressionBomb_IsRefusedWithoutExpandingIt()
    {
        var path = Zip("bomb.zip", ("bomb.fit", new byte[50 * 1024 * 1024]));
        var before = GC.GetTotalAllocatedBytes();

        var item = Assert.Single(new ImportSource(ImportLimits.Default).Enumerate([path]));

        Assert.Null(item.Data);
        Assert.Contains("decompression bomb", item.Problem, StringComparison.Ordinal);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 10 * 1024 * 1024, "The bomb was expanded.");
    }

    [Fact]
    public void Enumerate_EntryOverFileLimit_IsRefused()
    {
        var path = Zip("big.zip", ("big.fit", Fit));
        var limits = ImportLimits.Default with { MaxFileBytes = 1000 };

        var item = Assert.Single(new ImportSource(limits).Enumerate([path]));

        Assert.Null(item.Data);
        Assert.Contains("limit", item.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Enumerate_ArchiveOverTotalLimit_RefusesTheRest()
    {
        var path = Zip("many.zip", ("1.fit", Fit), ("2.fit", Fit), ("3.fit", Fit));
        var limits = ImportLimits.Default with { MaxArchiveBytes = Fit.Length * 2 };

        var items = new ImportSource(limits).Enumerate([path]).ToArray();

        Assert.Equal(2, items.Count(i => i.Data is not null));
        Assert.Contains("expand beyond", Assert.Single(items, i => i.Data is null).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Enumerate_CorruptArchiveOrMissingPath_IsReportedNotThrown()
    {
        var corrupt = Path.Combine(_dir, "broken.zip");
        File.WriteAllBytes(corrupt, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);

        var items = new ImportSource(ImportLimits.Default).Enumerate([corrupt, Path.Combine(_dir, "missing.fit")]).ToArray();

        Assert.Equal(2, items.Length);
        Assert.Contains("not a readable zip archive", items[0].Problem, StringComparison.Ordinal);
        Assert.Equal("no such file or folder", items[1].Problem);
    }
}
