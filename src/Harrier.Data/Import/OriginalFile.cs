using System.IO.Compression;

namespace Harrier.Data.Import;

/// <summary>
/// How an original file is kept and given back exactly as it was uploaded: a name ending in ".gz" is stored as it came (it is
/// already compressed); any other file is gzip-compressed for storage and decompressed again for a download.
/// </summary>
public static class OriginalFile
{
    /// <summary>The bytes to store for a file named <paramref name="fileName"/>.</summary>
    public static byte[] Store(string fileName, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (IsGz(fileName))
        {
            return data;
        }

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>The file as uploaded, from what <see cref="Store"/> kept.</summary>
    public static byte[] Restore(string fileName, byte[] stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (IsGz(fileName) || stored.Length < 2 || stored[0] != 0x1F || stored[1] != 0x8B)
        {
            return stored;
        }

        using var gzip = new GZipStream(new MemoryStream(stored), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The media type to serve the file as: gzip, GPX, TCX or (for FIT and anything else) bytes.</summary>
    public static string ContentType(string fileName) =>
        IsGz(fileName) ? "application/gzip"
        : fileName.EndsWith(".gpx", StringComparison.OrdinalIgnoreCase) ? "application/gpx+xml"
        : fileName.EndsWith(".tcx", StringComparison.OrdinalIgnoreCase) ? "application/vnd.garmin.tcx+xml"
        : "application/octet-stream";

    private static bool IsGz(string fileName) => fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
}
