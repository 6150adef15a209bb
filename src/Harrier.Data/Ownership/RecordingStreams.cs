using System.Buffers.Binary;
using System.IO.Compression;

namespace Harrier.Data.Ownership;

/// <summary>Checks an imported recording's samples before they are stored, without ever expanding more than they claim.</summary>
internal static class RecordingStreams
{
    private const int HeaderBytes = 16;
    private const int BytesPerSample = 36;

    /// <summary>
    /// Refuses samples that are not the stream encoding (version 1 or 2), hold another number of samples than the recording
    /// says, or expand to more or less than that number needs.
    /// </summary>
    public static void Check(byte[] streams, int sampleCount, string path)
    {
        var expected = HeaderBytes + (long)BytesPerSample * sampleCount;
        try
        {
            using var input = new ZLibStream(new MemoryStream(streams, writable: false), CompressionMode.Decompress);
            var header = new byte[HeaderBytes];
            input.ReadExactly(header);
            var version = BinaryPrimitives.ReadInt32LittleEndian(header);
            var count = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(4));
            if (version is not (1 or 2) || count != sampleCount)
            {
                throw new ExportProblem($"{path} is not a recording of {sampleCount} samples.");
            }

            var total = (long)HeaderBytes;
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                total += read;
                if (total > expected)
                {
                    break;
                }
            }

            if (total != expected)
            {
                throw new ExportProblem($"{path} does not hold the {sampleCount} samples its recording says.");
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new ExportProblem($"{path} is damaged ({e.Message}).");
        }
    }
}
