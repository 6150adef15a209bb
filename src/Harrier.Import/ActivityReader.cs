using System.Globalization;
using System.IO.Compression;
using Harrier.Core.Activities;
using Harrier.Import.Fit;
using Harrier.Import.Gpx;
using Harrier.Import.Tcx;

namespace Harrier.Import;

/// <summary>The entry point: detects FIT, GPX or TCX (optionally gzip-compressed) and parses the file.</summary>
/// <remarks>
/// Detection looks at the content first (".FIT" at byte 8, a &lt;gpx or &lt;TrainingCenterDatabase root element, the gzip
/// magic 1F 8B) and only falls back to the file name's extension. Never throws for bad input.
/// </remarks>
public static class ActivityReader
{
    /// <summary>Default limit for a file, and for the decompressed size of a .gz file: 256 MiB.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    public static ActivityParseResult Read(string fileName, ReadOnlySpan<byte> data, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (data.Length > maxBytes)
        {
            return ActivityParseResult.Failure(ParseErrorKind.TooLarge, TooLargeMessage(maxBytes));
        }

        if (data.Length >= 2 && data[0] == 0x1F && data[1] == 0x8B)
        {
            return ReadGzip(fileName, data, maxBytes);
        }

        return Detect(fileName, data) switch
        {
            ActivityFormat.Fit => new FitParser().Parse(data),
            ActivityFormat.Gpx => new GpxParser().Parse(data),
            ActivityFormat.Tcx => new TcxParser().Parse(data),
            _ => ActivityParseResult.Failure(ParseErrorKind.UnknownFormat,
                data.IsEmpty ? "The file is empty." : "The file is not a FIT, GPX or TCX file."),
        };
    }

    /// <summary>Reads a whole stream (up to <paramref name="maxBytes"/>) and parses it.</summary>
    public static ActivityParseResult Read(string fileName, Stream stream, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        try
        {
            if (!CopyLimited(stream, buffer, maxBytes))
            {
                return ActivityParseResult.Failure(ParseErrorKind.TooLarge, TooLargeMessage(maxBytes));
            }
        }
        catch (IOException e)
        {
            return ActivityParseResult.Failure(ParseErrorKind.Truncated, "The file could not be read: " + e.Message);
        }

        return Read(fileName, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), maxBytes);
    }

    /// <summary>The format of a file by its content, else by its extension (ignoring a trailing ".gz").</summary>
    public static ActivityFormat Detect(string fileName, ReadOnlySpan<byte> data)
    {
        if (data.Length >= 12 && data.Slice(8, 4).SequenceEqual(".FIT"u8))
        {
            return ActivityFormat.Fit;
        }

        var head = data[..Math.Min(data.Length, 4096)];
        if (head.IndexOf("<gpx"u8) >= 0)
        {
            return ActivityFormat.Gpx;
        }

        if (head.IndexOf("<TrainingCenterDatabase"u8) >= 0 || head.IndexOf(":TrainingCenterDatabase"u8) >= 0)
        {
            return ActivityFormat.Tcx;
        }

        var name = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        return Path.GetExtension(name).ToUpperInvariant() switch
        {
            ".FIT" => ActivityFormat.Fit,
            ".GPX" => ActivityFormat.Gpx,
            ".TCX" => ActivityFormat.Tcx,
            _ => ActivityFormat.Unknown,
        };
    }

    private static ActivityParseResult ReadGzip(string fileName, ReadOnlySpan<byte> data, long maxBytes)
    {
        using var output = new MemoryStream();
        try
        {
            using var input = new MemoryStream(data.ToArray());
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            if (!CopyLimited(gzip, output, maxBytes))
            {
                return ActivityParseResult.Failure(ParseErrorKind.TooLarge,
                    string.Create(CultureInfo.InvariantCulture,
                        $"The compressed file expands beyond the {maxBytes:N0}-byte limit (possible decompression bomb)."));
            }
        }
        catch (InvalidDataException e)
        {
            return ActivityParseResult.Failure(ParseErrorKind.BadCompression, "The .gz file is damaged: " + e.Message);
        }

        var inner = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        var span = output.GetBuffer().AsSpan(0, (int)output.Length);
        return span.Length >= 2 && span[0] == 0x1F && span[1] == 0x8B
            ? ActivityParseResult.Failure(ParseErrorKind.BadCompression, "The file is compressed more than once.")
            : Read(inner, span, maxBytes);
    }

    private static string TooLargeMessage(long maxBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"The file is larger than the {maxBytes:N0}-byte limit.");

    private static bool CopyLimited(Stream from, Stream to, long maxBytes)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = from.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (to.Length + read > maxBytes)
            {
                return false;
            }

            to.Write(buffer, 0, read);
        }

        return true;
    }
}
