using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Harrier.Core.Activities;
using Harrier.Import.Fit;
using Harrier.Import.Gpx;
using Harrier.Import.Sources;
using Harrier.Import.Tcx;

namespace Harrier.Import;

/// <summary>The entry point: detects FIT, GPX or TCX (optionally gzip-compressed) and reads the file's activities.</summary>
/// <remarks>
/// Detection looks at the content first (".FIT" at byte 8, a &lt;gpx or &lt;TrainingCenterDatabase root element, the gzip
/// magic 1F 8B) and only falls back to the file name's extension. A file, and a <c>.gz</c> file's content, may not exceed
/// <see cref="ImportLimits.MaxFileBytes"/>: decompression stops there. GPX and TCX inside a <c>.gz</c> are parsed as they
/// are decompressed, so memory grows with the samples, not with the text. Never throws for bad input; cancellation throws
/// <see cref="OperationCanceledException"/>.
/// </remarks>
public static class ActivityReader
{
    /// <summary>Reads a whole file held in memory.</summary>
    /// <param name="fileName">The file's name, used only when the content does not tell the format.</param>
    /// <param name="data">The file's bytes, possibly gzip-compressed.</param>
    /// <param name="limits">The bounds to respect (<see cref="ImportLimits.Default"/> when null).</param>
    /// <param name="cancellationToken">Stops the work when the caller has gone.</param>
    public static ActivityParseResult Read(
        string fileName, ReadOnlyMemory<byte> data, ImportLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        limits ??= ImportLimits.Default;
        if (data.Length > limits.MaxFileBytes)
        {
            return ActivityParseResult.Failure(ParseErrorKind.TooLarge, TooLargeMessage(limits.MaxFileBytes));
        }

        if (IsGzip(data.Span))
        {
            using var compressed = MemoryMarshal.TryGetArray(data, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(data.ToArray(), writable: false);
            return ReadGzip(fileName, compressed, limits, GzipSize(data.Span), cancellationToken);
        }

        return Detect(fileName, data.Span) switch
        {
            ActivityFormat.Fit => new FitParser().Parse(data, cancellationToken),
            ActivityFormat.Gpx => new GpxParser().Parse(data, cancellationToken),
            ActivityFormat.Tcx => new TcxParser().Parse(data, cancellationToken),
            _ => ActivityParseResult.Failure(ParseErrorKind.UnknownFormat,
                data.IsEmpty ? "The file is empty." : "The file is not a FIT, GPX or TCX file."),
        };
    }

    /// <summary>Reads a file from a stream (at most <see cref="ImportLimits.MaxFileBytes"/> of it), parsing XML as it arrives.</summary>
    public static ActivityParseResult Read(string fileName, Stream stream, ImportLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= ImportLimits.Default;
        try
        {
            var bounded = new BoundedStream(stream, limits.MaxFileBytes, cancellationToken);
            var head = new byte[XmlHead];
            var count = PrefixedStream.ReadAtMost(bounded, head);
            return IsGzip(head.AsSpan(0, count))
                ? ReadGzip(fileName, new PrefixedStream(head.AsMemory(0, count), bounded), limits, 0, cancellationToken)
                : ReadPlain(fileName, head.AsMemory(0, count), bounded, 0, cancellationToken);
        }
        catch (ImportLimitExceededException)
        {
            return ActivityParseResult.Failure(ParseErrorKind.TooLarge, TooLargeMessage(limits.MaxFileBytes));
        }
        catch (IOException e)
        {
            return ActivityParseResult.Failure(ParseErrorKind.Truncated, "The file could not be read: " + e.Message);
        }
    }

    /// <summary>The format of a file by its content, else by its extension (ignoring a trailing ".gz").</summary>
    public static ActivityFormat Detect(string fileName, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (data.Length >= 12 && data.Slice(8, 4).SequenceEqual(".FIT"u8))
        {
            return ActivityFormat.Fit;
        }

        var head = data[..Math.Min(data.Length, XmlHead)];
        if (head.IndexOf("<gpx"u8) >= 0)
        {
            return ActivityFormat.Gpx;
        }

        if (head.IndexOf("<TrainingCenterDatabase"u8) >= 0 || head.IndexOf(":TrainingCenterDatabase"u8) >= 0)
        {
            return ActivityFormat.Tcx;
        }

        return Path.GetExtension(WithoutGz(fileName)).ToUpperInvariant() switch
        {
            ".FIT" => ActivityFormat.Fit,
            ".GPX" => ActivityFormat.Gpx,
            ".TCX" => ActivityFormat.Tcx,
            _ => ActivityFormat.Unknown,
        };
    }

    private const int XmlHead = 4096;

    /// <summary>The size a gzip member says its content has (its ISIZE trailer, modulo 4 GiB): a hint for one right-sized buffer.</summary>
    private static long GzipSize(ReadOnlySpan<byte> data) => data.Length >= 18 ? BinaryPrimitives.ReadUInt32LittleEndian(data[^4..]) : 0;

    private static bool IsGzip(ReadOnlySpan<byte> data) => data.Length >= 2 && data[0] == 0x1F && data[1] == 0x8B;

    private static string WithoutGz(string fileName) => fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;

    /// <summary>Decompresses as it parses: XML streams through, FIT is collected (up to the limit) because its decoder needs it whole.</summary>
    private static ActivityParseResult ReadGzip(
        string fileName, Stream compressed, ImportLimits limits, long sizeHint, CancellationToken cancellationToken)
    {
        try
        {
            using var gzip = new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: true);
            var bounded = new BoundedStream(gzip, limits.MaxFileBytes, cancellationToken);
            var head = new byte[XmlHead];
            var count = PrefixedStream.ReadAtMost(bounded, head);
            return IsGzip(head.AsSpan(0, count))
                ? ActivityParseResult.Failure(ParseErrorKind.BadCompression, "The file is compressed more than once.")
                : ReadPlain(WithoutGz(fileName), head.AsMemory(0, count), bounded, Math.Min(sizeHint, limits.MaxFileBytes), cancellationToken);
        }
        catch (ImportLimitExceededException)
        {
            return ActivityParseResult.Failure(ParseErrorKind.TooLarge, FormattableString.Invariant(
                $"The compressed file expands beyond the {limits.MaxFileBytes:N0}-byte limit for one file (possible decompression bomb)."));
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return ActivityParseResult.Failure(ParseErrorKind.BadCompression, "The .gz file is damaged: " + e.Message);
        }
    }

    private static ActivityParseResult ReadPlain(
        string fileName, ReadOnlyMemory<byte> head, BoundedStream rest, long sizeHint, CancellationToken cancellationToken)
    {
        return Detect(fileName, head.Span) switch
        {
            ActivityFormat.Fit => new FitParser().Parse(rest.ReadToEnd(head.Span, sizeHint), cancellationToken),
            ActivityFormat.Gpx => new GpxParser().Parse(new PrefixedStream(head, rest), cancellationToken),
            ActivityFormat.Tcx => new TcxParser().Parse(new PrefixedStream(head, rest), cancellationToken),
            _ => ActivityParseResult.Failure(ParseErrorKind.UnknownFormat,
                head.IsEmpty ? "The file is empty." : "The file is not a FIT, GPX or TCX file."),
        };
    }

    private static string TooLargeMessage(long maxBytes) => FormattableString.Invariant($"The file is larger than the {maxBytes:N0}-byte limit.");
}
