using System.IO.Compression;
using System.Text;
using Harrier.Core.Activities;
using Harrier.Import.Sources;

namespace Harrier.Import.Tests;

public sealed class ActivityReaderTests
{
    [Theory]
    [InlineData("garmin-fenix-5-run.fit", "anything.bin", ActivityFormat.Fit)]
    [InlineData("equator-run.gpx", "anything.bin", ActivityFormat.Gpx)]
    [InlineData("two-laps.tcx", "anything.bin", ActivityFormat.Tcx)]
    public void Detect_ByContent_IgnoresName(string file, string name, ActivityFormat format)
    {
        Assert.Equal(format, ActivityReader.Detect(name, TestFiles.Bytes(file)));
    }

    [Theory]
    [InlineData("run.FIT", ActivityFormat.Fit)]
    [InlineData("run.gpx.gz", ActivityFormat.Gpx)]
    [InlineData("run.tcx", ActivityFormat.Tcx)]
    [InlineData("run.txt", ActivityFormat.Unknown)]
    public void Detect_UnrecognisedContent_FallsBackToExtension(string name, ActivityFormat format)
    {
        Assert.Equal(format, ActivityReader.Detect(name, "hello"u8));
    }

    [Theory]
    [InlineData("garmin-fenix-5-run.fit")]
    [InlineData("equator-run.gpx")]
    [InlineData("two-laps.tcx")]
    public void Read_GzippedFile_ReadsInnerFile(string file)
    {
        var plain = TestFiles.Bytes(file);

        var result = ActivityReader.Read(file + ".gz", Gzip(plain));

        Assert.Null(result.Error);
        Assert.Equal(ActivityReader.Read(file, plain).Only().Activity.Samples.Length, result.Only().Activity.Samples.Length);
    }

    [Fact]
    public void Read_GzipExpandingBeyondLimit_IsRefused()
    {
        var bomb = Gzip(new byte[4 * 1024 * 1024]);

        var result = ActivityReader.Read("bomb.fit.gz", bomb, ImportLimits.Default with { MaxFileBytes = 1024 * 1024 });

        Assert.Equal(ParseErrorKind.TooLarge, result.Error!.Kind);
    }

    [Fact]
    public void Read_GzipBeyondTheDefaultFileLimit_IsRefusedAtThatLimit()
    {
        var result = ActivityReader.Read("bomb.fit.gz", Gzip(new byte[(64 << 20) + 1]));

        Assert.Equal(ParseErrorKind.TooLarge, result.Error!.Kind);
        Assert.Contains("67,108,864-byte limit", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GzippedXml_IsParsedAsItExpandsNotBufferedWhole()
    {
        // 48 MiB of blanks inside a track: under the limit, so it is read, but never held in memory.
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("<gpx><trk><trkseg><trkpt lat=\"0\" lon=\"0\"><time>2024-05-01T06:00:00Z</time></trkpt>"u8);
            var blanks = new byte[1 << 20];
            blanks.AsSpan().Fill((byte)' ');
            for (var i = 0; i < 48; i++)
            {
                gzip.Write(blanks);
            }

            gzip.Write("</trkseg></trk></gpx>"u8);
        }

        var data = compressed.ToArray();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = ActivityReader.Read("blank.gpx.gz", data);

        Assert.Equal(1, result.Only().Activity.Samples.Length);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 16 << 20);
    }

    [Fact]
    public void Read_Cancelled_ThrowsInsteadOfWorkingOn()
    {
        Assert.Throws<OperationCanceledException>(() => ActivityReader.Read("x.gpx.gz", Gzip(TestFiles.Bytes("equator-run.gpx")), null, new CancellationToken(true)));
    }

    [Fact]
    public void Read_DamagedGzip_FailsAsBadCompression()
    {
        var data = Gzip(TestFiles.Bytes("equator-run.gpx"));
        data.AsSpan(20, 40).Fill(0xAB);

        var result = ActivityReader.Read("x.gpx.gz", data);

        Assert.Equal(ParseErrorKind.BadCompression, result.Error!.Kind);
    }

    [Theory]
    [InlineData("", ParseErrorKind.UnknownFormat)]
    [InlineData("just some text", ParseErrorKind.UnknownFormat)]
    public void Read_NotAnActivity_FailsClearly(string content, ParseErrorKind kind)
    {
        var result = ActivityReader.Read("notes.txt", Encoding.UTF8.GetBytes(content));

        Assert.Equal(kind, result.Error!.Kind);
        Assert.Empty(result.Activities);
    }

    [Fact]
    public void Read_Stream_SameAsSpan()
    {
        using var stream = new MemoryStream(TestFiles.Bytes("two-laps.tcx"));

        var result = ActivityReader.Read("two-laps.tcx", stream);

        Assert.Equal(3, result.Only().Activity.Samples.Length);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
