using System.IO.Compression;

namespace Harrier.Import.Sources;

/// <summary>Walks one zip archive (and archives nested in it) within the limits, without touching the disk.</summary>
/// <remarks>
/// Every step that reads the archive (its central directory, an entry's local header, its compressed data) may meet damage;
/// each such failure is caught here and reported for that archive or entry, so the rest of the batch goes on. The export's
/// summaries (<see cref="ExportCatalog"/>) are read first, so each activity entry comes with its name, description and gear.
/// </remarks>
internal sealed class ArchiveReader(ImportLimits limits, ImportSource source, CancellationToken cancellationToken)
{
    private const int MaxDepth = 3;
    private long _expanded;

    /// <summary>The items of the archive <paramref name="open"/> gives (which may itself fail on a damaged archive).</summary>
    public IEnumerable<ImportItem> Entries(string archiveName, Func<ZipArchive> open, int depth, ExportCatalog? outer)
    {
        var (zip, entries, problem) = List(open);
        if (zip is null || entries is null)
        {
            yield return ImportItem.Refused(archiveName, problem!);
            yield break;
        }

        using (zip)
        {
            if (entries.Count > limits.MaxEntries)
            {
                yield return ImportItem.Refused(archiveName, FormattableString.Invariant(
                    $"refused: the archive has {entries.Count:N0} entries, more than the limit of {limits.MaxEntries:N0} (Import:MaxEntries)"));
                yield break;
            }

            var catalog = Catalog(entries, outer);
            foreach (var entry in entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var item in Entry(archiveName, entry, depth, catalog))
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>Opens the archive and reads its central directory, sorted by name; a damaged archive gives the problem instead.</summary>
    private static (ZipArchive? Zip, List<ZipArchiveEntry>? Entries, string? Problem) List(Func<ZipArchive> open)
    {
        ZipArchive? zip = null;
        try
        {
            zip = open();
            return (zip, [.. zip.Entries.Where(e => !e.FullName.EndsWith('/')).OrderBy(e => e.FullName, StringComparer.Ordinal)], null);
        }
        catch (Exception e) when (IsDamage(e) || e is UnauthorizedAccessException)
        {
            zip?.Dispose();
            return (null, null, "not a readable zip archive (" + e.Message + ")");
        }
    }

    private ExportCatalog Catalog(List<ZipArchiveEntry> entries, ExportCatalog? outer)
    {
        var catalog = new ExportCatalog(outer);
        foreach (var entry in entries.Where(e => ExportCatalog.IsSummary(e.FullName)))
        {
            if (Refusal(entry) is null && Read(entry).Data is { } content)
            {
                catalog.Add(entry.FullName, content);
            }
        }

        return catalog;
    }

    private IEnumerable<ImportItem> Entry(string archiveName, ZipArchiveEntry entry, int depth, ExportCatalog catalog)
    {
        var name = archiveName + "!" + entry.FullName;
        var isZip = entry.FullName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        if (!ImportSource.IsActivityFile(entry.FullName) && !isZip)
        {
            source.CountIgnored();
            return [];
        }

        if (Refusal(entry) is { } problem)
        {
            return [ImportItem.Refused(name, problem)];
        }

        var (data, readProblem) = Read(entry);
        return data is null ? [ImportItem.Refused(name, readProblem!)]
            : isZip ? Nested(name, data, depth, catalog)
            : [new ImportItem(name, data, null, catalog.Find(entry.FullName))];
    }

    private IEnumerable<ImportItem> Nested(string name, byte[] data, int depth, ExportCatalog catalog)
    {
        if (depth + 1 > MaxDepth)
        {
            return [ImportItem.Refused(name, $"archives nested more than {MaxDepth} deep are not opened")];
        }

        return Entries(name, () => new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read), depth + 1, catalog);
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
            return $"refused: it would expand to {ImportLimits.Size(entry.Length)}, over the {ImportLimits.Size(limits.MaxFileBytes)} limit for one file";
        }

        if (entry.CompressedLength > 0 && entry.Length > 1024 * 1024 && (double)entry.Length / entry.CompressedLength > limits.MaxCompressionRatio)
        {
            return $"refused: it expands {entry.Length / entry.CompressedLength}× — a likely decompression bomb";
        }

        return _expanded + entry.Length > limits.MaxArchiveBytes
            ? $"refused: the archive would expand beyond the {ImportLimits.Size(limits.MaxArchiveBytes)} limit"
            : null;
    }

    /// <summary>Reads an entry, trusting neither its declared size nor its compression ratio, in one right-sized buffer when honest.</summary>
    private (byte[]? Data, string? Problem) Read(ZipArchiveEntry entry)
    {
        var limit = Math.Min(limits.MaxFileBytes, limits.MaxArchiveBytes - _expanded);
        try
        {
            using var stream = entry.Open();
            var believable = entry.Length <= Math.Max(1024 * 1024, entry.CompressedLength * 32L);
            var data = new BoundedStream(stream, limit, cancellationToken).ReadToEnd([], believable ? entry.Length : 0);
            _expanded += data.Length;
            return (data, null);
        }
        catch (ImportLimitExceededException)
        {
            return (null, limit < limits.MaxFileBytes
                ? $"refused: the archive would expand beyond the {ImportLimits.Size(limits.MaxArchiveBytes)} limit"
                : "refused: it expands beyond the size limit (its header understated its size)");
        }
        catch (Exception e) when (IsDamage(e))
        {
            return (null, "the archive entry is damaged (" + e.Message + ")");
        }
    }

    /// <summary>What reading a damaged or hostile zip can throw (the BCL's zip reader reports damage with these).</summary>
    internal static bool IsDamage(Exception e) =>
        e is InvalidDataException or IOException or NotSupportedException or ArgumentException or InvalidOperationException or OverflowException;
}
