using System.IO.Compression;
using System.Text.Json;
using Harrier.Import.Sources;

namespace Harrier.Data.Ownership;

/// <summary>
/// An export zip opened for import, read within the import limits: the entry list is checked once (count, paths that stay inside
/// the archive, declared sizes and compression ratios) and every entry is then read without trusting its header, stopping at
/// its limit and at the archive's total. Nothing is extracted to disk. Every refusal is an <see cref="ExportProblem"/>.
/// </summary>
internal sealed class ExportPackage
{
    private const long MiB = 1024 * 1024;

    private readonly ImportLimits _limits;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.Ordinal);
    private long _expanded;

    public ExportPackage(ZipArchive zip, ImportLimits limits)
    {
        _limits = limits;
        var entries = zip.Entries;
        if (entries.Count > limits.MaxEntries)
        {
            throw new ExportProblem(FormattableString.Invariant(
                $"The zip has {entries.Count:N0} entries, more than the limit of {limits.MaxEntries:N0} (Import:MaxEntries)."));
        }

        foreach (var entry in entries)
        {
            Check(entry);
            if (!entry.FullName.EndsWith('/') && !_entries.TryAdd(entry.FullName, entry))
            {
                throw new ExportProblem($"The zip holds two entries named {entry.FullName}; an export never does.");
            }
        }
    }

    /// <summary>
    /// The largest account.json read: 64 MiB, or the archive limit when it is lower. It bounds how many records one import stores,
    /// and so how long it takes; recordings' samples and files are separate entries, bounded by the import limits.
    /// </summary>
    public long MaxDocumentBytes => Math.Min(64 * MiB, _limits.MaxArchiveBytes);

    public ImportLimits Limits => _limits;

    public async Task<ExportDocument> ReadDocumentAsync(CancellationToken cancellationToken)
    {
        if (!_entries.ContainsKey(ExportJson.DocumentEntry))
        {
            throw new ExportProblem($"This is not a Harrier account export: the zip has no {ExportJson.DocumentEntry}.");
        }

        var bytes = await ReadAsync(ExportJson.DocumentEntry, MaxDocumentBytes, cancellationToken);
        CheckFormat(bytes);
        try
        {
            return JsonSerializer.Deserialize<ExportDocument>(bytes, ExportJson.Options)
                ?? throw new ExportProblem($"{ExportJson.DocumentEntry} is empty.");
        }
        catch (JsonException e)
        {
            throw new ExportProblem($"{ExportJson.DocumentEntry} is damaged or not in the export format: {e.Message}");
        }
    }

    /// <summary>An entry's bytes, at most <paramref name="limit"/>; a missing, oversized or damaged entry is refused.</summary>
    public async Task<byte[]> ReadAsync(string path, long limit, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue(path, out var entry))
        {
            throw new ExportProblem($"account.json names {path}, which is not in the zip.");
        }

        limit = Math.Min(limit, _limits.MaxArchiveBytes - _expanded);
        try
        {
            await using var stream = await entry.OpenAsync(cancellationToken);
            using var buffer = new MemoryStream(entry.Length <= limit ? (int)Math.Min(entry.Length, 64 * MiB) : 0);
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new ExportProblem($"{path} expands beyond its size limit of {ImportLimits.Size(limit)}.");
                }

                await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            }

            _expanded += buffer.Length;
            return buffer.ToArray();
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw new ExportProblem($"The zip entry {path} is damaged ({e.Message}).");
        }
    }

    /// <summary>What reading a damaged or hostile zip can throw (the BCL's zip reader reports damage with these).</summary>
    internal static bool IsDamage(Exception e) =>
        e is InvalidDataException or IOException or NotSupportedException or ArgumentException or InvalidOperationException or OverflowException;

    private void Check(ZipArchiveEntry entry)
    {
        var path = entry.FullName;
        if (path.Length == 0 || path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal)
            || path.Split('/').Any(part => part is "." or ".."))
        {
            throw new ExportProblem($"The zip entry \"{path}\" points outside the archive; the zip was refused.");
        }

        if ((entry.Length > _limits.MaxFileBytes && entry.FullName != ExportJson.DocumentEntry) || entry.Length > MaxDocumentBytes)
        {
            throw new ExportProblem($"The zip entry {path} would expand to {ImportLimits.Size(entry.Length)}, over the limit for one file.");
        }

        if (entry.CompressedLength > 0 && entry.Length > MiB && (double)entry.Length / entry.CompressedLength > _limits.MaxCompressionRatio)
        {
            throw new ExportProblem($"The zip entry {path} expands {entry.Length / entry.CompressedLength}× — a likely decompression bomb.");
        }
    }

    /// <summary>Refuses another format or version with a message that says which, before reading the rest.</summary>
    private static void CheckFormat(byte[] bytes)
    {
        string? format = null;
        int? version = null;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                format = document.RootElement.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
                version = document.RootElement.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) ? n : null;
            }
        }
        catch (JsonException e)
        {
            throw new ExportProblem($"{ExportJson.DocumentEntry} is not valid JSON: {e.Message}");
        }

        if (format != ExportDocument.FormatName)
        {
            throw new ExportProblem($"This is not a Harrier account export: {ExportJson.DocumentEntry} does not say \"format\": \"{ExportDocument.FormatName}\".");
        }

        if (version != ExportDocument.CurrentVersion)
        {
            throw new ExportProblem(version > ExportDocument.CurrentVersion
                ? $"This export is format version {version}, written by a newer Harrier; this server reads version {ExportDocument.CurrentVersion}. Upgrade Harrier first."
                : $"This export's format version ({version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"}) is not one this server reads (version {ExportDocument.CurrentVersion}).");
        }
    }
}
