using System.IO.Compression;
using System.Text;
using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Xml;

/// <summary>Anything before the XML declaration (Strava's blanks, a byte-order mark, newlines, tabs) never makes a file unreadable.</summary>
public sealed class LeadingBytesTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in new[] { "equator-run.gpx", "two-laps.tcx" })
        {
            foreach (var prefix in new[] { "          ", "\uFEFF", "\r\n\t \n", "   \uFEFF", "\n\n<!-- exported -->\n", "\0\0 " })
            {
                data.Add(file, prefix);
            }
        }

        return data;
    }

    private static byte[] WithPrefix(string file, string prefix)
    {
        var original = TestFiles.Bytes(file);
        return [.. Encoding.UTF8.GetBytes(prefix), .. original];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_BytesBeforeTheDeclaration_ReadsTheSameActivity(string file, string prefix)
    {
        var expected = TestFiles.Read(file).Only();

        var read = ActivityReader.Read(file, WithPrefix(file, prefix)).Only();

        Assert.Equal(expected.Activity.Samples.Length, read.Activity.Samples.Length);
        Assert.Equal(expected.Metrics.Distance, read.Metrics.Distance);
        Assert.Equal(ActivitySport.Running, read.Activity.Sport);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_BytesBeforeTheDeclarationInsideGzip_ReadsTheSameActivity(string file, string prefix)
    {
        var expected = TestFiles.Read(file).Only();
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(WithPrefix(file, prefix));
        }

        var fromMemory = ActivityReader.Read(file + ".gz", buffer.ToArray()).Only();
        buffer.Position = 0;
        var fromStream = ActivityReader.Read(file + ".gz", buffer).Only();

        Assert.Equal(expected.Metrics.Distance, fromMemory.Metrics.Distance);
        Assert.Equal(expected.Metrics.Distance, fromStream.Metrics.Distance);
    }
}
