using System.IO.Compression;
using Harrier.Import.Sources;

namespace Harrier.Import.Tests.Sources;

/// <summary>Uploads read as streams: the same walk as files on disk, nothing written to a folder.</summary>
public sealed class ImportUploadTests
{
    private static byte[] Fit => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "garmin-fenix-5-run.fit"));

    /// <summary>A stream that cannot seek, as some hosts hand uploads over.</summary>
    private sealed class ForwardOnly(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }

    private static byte[] Zip(params (string Entry, byte[] Data)[] entries)
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

    [Fact]
    public void Enumerate_ZipThatCannotSeek_GivesItsEntriesWithTheSummaryDetails()
    {
        var zip = Zip(("activities.csv", "Activity Name,Filename\nLunch,activities/1.fit\n"u8.ToArray()), ("activities/1.fit", Fit), ("photo.jpg", [1, 2, 3]));
        var source = new ImportSource(ImportLimits.Default);

        var items = source.Enumerate([new ImportUpload("export.zip", zip.Length, () => new ForwardOnly(zip))]).ToArray();

        var item = Assert.Single(items);
        Assert.Equal(("export.zip!activities/1.fit", "Lunch"), (item.Name, item.Details?.Name));
        Assert.Equal(Fit, item.Data);
        Assert.Equal(2, source.Ignored);
    }

    [Fact]
    public void Enumerate_FileLongerThanItSaid_IsRefusedAtTheLimit()
    {
        var limits = ImportLimits.Default with { MaxFileMegabytes = 1 };
        var big = new byte[(1024 * 1024) + 10];

        var item = Assert.Single(new ImportSource(limits).Enumerate([new ImportUpload("big.fit", 100, () => new MemoryStream(big))]));

        Assert.Null(item.Data);
        Assert.Equal("larger than the 1 MiB limit for one file", item.Problem);
    }

    [Fact]
    public void Enumerate_DamagedZip_IsReportedForThatUploadOnly()
    {
        var items = new ImportSource(ImportLimits.Default).Enumerate(
            [new ImportUpload("broken.zip", 4, () => new MemoryStream([1, 2, 3, 4])), new ImportUpload("run.fit", Fit.Length, () => new MemoryStream(Fit))]).ToArray();

        Assert.Equal(["broken.zip", "run.fit"], items.Select(i => i.Name));
        Assert.StartsWith("not a readable zip archive", items[0].Problem, StringComparison.Ordinal);
        Assert.NotNull(items[1].Data);
    }
}
