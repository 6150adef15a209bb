using FsCheck.Xunit;
using System.IO.Compression;
using Harrier.Import.Sources;

namespace Harrier.Import.Tests.Sources;

/// <summary>Damage anywhere in a zip or gzip is reported for that archive or entry; nothing escapes and the batch goes on.</summary>
public sealed class ZipDamageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("harrier-zipdamage-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(data);
        }

        return buffer.ToArray();
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

    /// <summary>A small export: FIT, GPX, gzipped TCX, a summary and a nested archive.</summary>
    private static byte[] Export() => ZipBytes(
        ("activities.csv", "Activity Name,Filename\nRun,a/1.fit\n"u8.ToArray()), ("a/1.fit", TestFiles.Bytes("garmin-fenix-5-run.fit")),
        ("a/2.gpx", TestFiles.Bytes("equator-run.gpx")), ("a/3.tcx.gz", Gzip(TestFiles.Bytes("two-laps.tcx"))),
        ("a/nested.zip", ZipBytes(("deep/4.fit", TestFiles.Bytes("compressed-speed-distance.fit")))));

    private string Write(string name, byte[] data)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, data);
        return path;
    }

    [Fact]
    public void Enumerate_DamagedCentralDirectory_IsReportedForTheArchiveAndTheBatchGoesOn()
    {
        var zip = Export();
        var directory = zip.AsSpan().LastIndexOf("PK\u0001\u0002"u8);
        zip.AsSpan(directory, 40).Fill(0x5A);
        var after = Write("after.fit", TestFiles.Bytes("garmin-fenix-5-run.fit"));

        var items = new ImportSource(ImportLimits.Default).Enumerate([Write("damaged.zip", zip), after]).ToArray();

        Assert.Contains(items, i => i.Name.EndsWith("damaged.zip", StringComparison.Ordinal) && i.Problem!.StartsWith("not a readable zip", StringComparison.Ordinal));
        Assert.NotNull(items.Single(i => i.Name == after).Data);
    }

    [Fact]
    public void Enumerate_DamagedEntryData_IsReportedForThatEntryOnly()
    {
        var zip = Export();
        var local = zip.AsSpan().IndexOf("a/2.gpx"u8);
        zip.AsSpan(local + 20, 200).Fill(0xA5);

        var items = new ImportSource(ImportLimits.Default).Enumerate([Write("entry.zip", zip)]).ToArray();

        var entry = items.Single(i => i.Name.EndsWith("a/2.gpx", StringComparison.Ordinal));
        Assert.StartsWith("the archive entry is damaged", entry.Problem, StringComparison.Ordinal);
        Assert.Equal(["a/1.fit", "a/3.tcx.gz", "a/nested.zip!deep/4.fit"],
            items.Where(i => i.Data is not null).Select(i => i.Name[(i.Name.IndexOf('!', StringComparison.Ordinal) + 1)..]));
    }

    [Property(MaxTest = 300)]
    public void Enumerate_RandomlyDamagedZip_NeverThrows(int seed)
    {
        var random = new Random(seed);
        var zip = Export();
        for (var edit = random.Next(1, 5); edit > 0; edit--)
        {
            var at = random.Next(zip.Length);
            switch (random.Next(4))
            {
                case 0:
                    zip[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    zip = zip[..at];
                    break;
                case 2:
                    zip.AsSpan(at, Math.Min(random.Next(1, 64), zip.Length - at)).Fill((byte)random.Next(256));
                    break;
                default:
                    zip = [.. zip[..at], .. Enumerable.Range(0, random.Next(1, 32)).Select(_ => (byte)random.Next(256)), .. zip[at..]];
                    break;
            }

            if (zip.Length == 0)
            {
                break;
            }
        }

        var path = Write($"fuzz-{seed}.zip", zip);
        foreach (var item in new ImportSource(ImportLimits.Default).Enumerate([path]))
        {
            Assert.True(item.Data is not null ^ item.Problem is not null);
            if (item.Data is { } data)
            {
                var result = ActivityReader.Read(item.Name, data);
                Assert.True(result.Activities.Count > 0 ^ result.Error is not null);
            }
        }
    }

    [Fact]
    public void Enumerate_MoreEntriesThanTheLimit_SaysWhichLimit()
    {
        var entries = Enumerate(101).Select(i => ($"{i}.gpx", "<gpx/>"u8.ToArray())).ToArray();
        var limits = ImportLimits.Default with { MaxEntries = 100 };

        var item = Assert.Single(new ImportSource(limits).Enumerate([Write("many.zip", ZipBytes(entries))]));

        Assert.Equal("refused: the archive has 101 entries, more than the limit of 100 (Import:MaxEntries)", item.Problem);
    }

    [Fact]
    public void Enumerate_Cancelled_StopsBeforeTheNextEntry()
    {
        using var cancel = new CancellationTokenSource();
        var items = new ImportSource(ImportLimits.Default).Enumerate([Write("export.zip", Export())], cancel.Token);
        using var walk = items.GetEnumerator();
        Assert.True(walk.MoveNext());

        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => walk.MoveNext());
    }

    private static IEnumerable<int> Enumerate(int count) => Enumerable.Range(0, count);
}
