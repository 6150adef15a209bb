using System.IO.Compression;

namespace Harrier.Import.Sources;

/// <summary>Walks one zip archive (and archives nested in it) within the limits, without touching the disk.</summary>
internal sealed class ArchiveReader(ImportLimits limits, ImportSource source)
{
    private const int MaxDepth = 3;
    private long _expanded;

    public IEnumerable<ImportItem> Entries(string archiveName, ZipArchive zip, int depth)
    {
        if (zip.Entries.Count > limits.MaxEntries)
        {
            yield return ImportItem.Refused(archiveName, $"the archive has {zip.Entries.Count} entries, more than the limit of {limits.MaxEntries}");
            yield break;
        }

        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var name = archiveName + "!" + entry.FullName;
            if (entry.FullName.EndsWith('/'))
            {
                continue;
            }

            var isZip = entry.FullName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
            if (!ImportSource.IsActivityFile(entry.FullName) && !isZip)
            {
                source.CountIgnored();
                continue;
            }

            if (Refusal(entry) is { } problem)
            {
                yield return ImportItem.Refused(name, problem);
                continue;
            }

            var (data, readProblem) = Read(entry);
            if (data is null)
            {
                yield return ImportItem.Refused(name, readProblem!);
                continue;
            }

            if (!isZip)
            {
                yield return ImportItem.Read(name, data);
                continue;
            }

            foreach (var item in Nested(name, data, depth))
            {
                yield return item;
            }
        }
    }

    private IEnumerable<ImportItem> Nested(string name, byte[] data, int depth)
    {
        if (depth + 1 > MaxDepth)
        {
            yield return ImportItem.Refused(name, $"archives nested more than {MaxDepth} deep are not opened");
            yield break;
        }

        ZipArchive? inner = null;
        string? problem = null;
        try
        {
            inner = new ZipArchive(new MemoryStream(data), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            problem = "not a readable zip archive (" + e.Message + ")";
        }

        if (inner is null)
        {
            yield return ImportItem.Refused(name, problem!);
            yield break;
        }

        using (inner)
        {
            foreach (var item in Entries(name, inner, depth + 1))
            {
                yield return item;
            }
        }
    }

    private string? Refusal(ZipArchiveEntry entry)
    {
        var path = entry.FullName.Replace('\\', '/');
        if (path.StartsWith('/') || path.Contains(':', StringComparison.Ordinal) || path.Split('/').Contains(".."))
        {
            return "refused: the entry's path points outside the archive";
        }

        if (entry.Length > limits.MaxFileBytes)
        {
            return $"refused: it would expand to {entry.Length / (1024 * 1024)} MiB, over the {limits.MaxFileBytes / (1024 * 1024)} MiB limit for one file";
        }

        if (entry.CompressedLength > 0 && entry.Length > 1024 * 1024 && (double)entry.Length / entry.CompressedLength > limits.MaxCompressionRatio)
        {
            return $"refused: it expands {entry.Length / entry.CompressedLength}× — a likely decompression bomb";
        }

        return _expanded + entry.Length > limits.MaxArchiveBytes
            ? $"refused: the archive would expand beyond the {limits.MaxArchiveBytes / (1024 * 1024)} MiB limit"
            : null;
    }

    /// <summary>Reads an entry, trusting neither its declared size nor its compression ratio.</summary>
    private (byte[]? Data, string? Problem) Read(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                buffer.Write(chunk, 0, read);
                _expanded += read;
                if (buffer.Length > limits.MaxFileBytes || _expanded > limits.MaxArchiveBytes)
                {
                    return (null, "refused: it expands beyond the size limit (its header understated its size)");
                }
            }

            return (buffer.ToArray(), null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return (null, "the archive entry is damaged (" + e.Message + ")");
        }
    }
}
