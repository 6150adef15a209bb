using System.IO.Compression;

namespace Harrier.Import.Sources;

/// <summary>
/// Finds activity files in the paths a runner gives: single files, folders (recursively) and zip archives such as a whole
/// Garmin or Strava account export, including nested archives and <c>.fit.gz</c>/<c>.gpx.gz</c>/<c>.tcx.gz</c> entries.
/// </summary>
/// <remarks>
/// Nothing is extracted to disk. Archive entries whose names try to leave the archive (<c>..</c>, absolute paths) are refused,
/// as are entries that would expand beyond <see cref="ImportLimits"/>, and damage anywhere in an archive is reported for that
/// archive or entry; the rest is still read. Files that are not activity files (photos, CSV, JSON) are counted in
/// <see cref="Ignored"/>, not reported one by one; an export's summaries (Strava's <c>activities.csv</c>, Garmin's
/// <c>summarizedActivities.json</c>) are read to give each activity file its <see cref="ImportItem.Details"/>.
/// </remarks>
public sealed class ImportSource(ImportLimits limits)
{
    private static readonly string[] ActivityExtensions = [".fit", ".gpx", ".tcx", ".fit.gz", ".gpx.gz", ".tcx.gz"];

    /// <summary>Files skipped because their names are not activity files.</summary>
    public int Ignored { get; private set; }

    public static bool IsActivityFile(string name) => ActivityExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public static bool IsArchive(string name) => name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every candidate under <paramref name="paths"/>, in a stable order (sorted by name within a folder or archive).</summary>
    /// <param name="paths">Files, folders or zip archives.</param>
    /// <param name="cancellationToken">Checked before each file or entry; cancellation throws <see cref="OperationCanceledException"/>.</param>
    public IEnumerable<ImportItem> Enumerate(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            foreach (var item in FromPath(path, cancellationToken))
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// Every candidate in uploaded files, read as streams (nothing written to disk): activity files are read whole within
    /// <see cref="ImportLimits.MaxFileBytes"/>, zip archives are walked like archives on disk; anything else is refused by name.
    /// </summary>
    /// <param name="uploads">The uploads, in the order given.</param>
    /// <param name="cancellationToken">Checked before each file or entry; cancellation throws <see cref="OperationCanceledException"/>.</param>
    public IEnumerable<ImportItem> Enumerate(IEnumerable<ImportUpload> uploads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        foreach (var upload in uploads)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var item in FromUpload(upload, cancellationToken))
            {
                yield return item;
            }
        }
    }

    private IEnumerable<ImportItem> FromUpload(ImportUpload upload, CancellationToken cancellationToken)
    {
        if (IsArchive(upload.Name))
        {
            return new ArchiveReader(limits, this, cancellationToken).Entries(upload.Name, () => OpenArchive(upload), depth: 0, outer: null);
        }

        if (!IsActivityFile(upload.Name))
        {
            return [ImportItem.Refused(upload.Name, "not an activity file: upload .fit, .gpx or .tcx files (also .gz) or a .zip archive")];
        }

        if (upload.Length > limits.MaxFileBytes)
        {
            return [ImportItem.Refused(upload.Name, $"larger than the {ImportLimits.Size(limits.MaxFileBytes)} limit for one file")];
        }

        try
        {
            using var stream = upload.Open();
            return [ImportItem.Read(upload.Name, new BoundedStream(stream, limits.MaxFileBytes, cancellationToken).ReadToEnd([], upload.Length))];
        }
        catch (ImportLimitExceededException)
        {
            return [ImportItem.Refused(upload.Name, $"larger than the {ImportLimits.Size(limits.MaxFileBytes)} limit for one file")];
        }
        catch (IOException e)
        {
            return [ImportItem.Refused(upload.Name, "could not be read (" + e.Message + ")")];
        }
    }

    /// <summary>A zip over the upload's stream; one that cannot seek (unusual for an upload) is first read into memory.</summary>
    private static ZipArchive OpenArchive(ImportUpload upload)
    {
        var stream = upload.Open();
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            using (stream)
            {
                stream.CopyTo(copy);
            }

            copy.Position = 0;
            stream = copy;
        }

        return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
    }

    private IEnumerable<ImportItem> FromPath(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            return FromFolder(path, cancellationToken);
        }

        return File.Exists(path) ? FromFile(path, null, cancellationToken) : [ImportItem.Refused(path, "no such file or folder")];
    }

    private IEnumerable<ImportItem> FromFolder(string folder, CancellationToken cancellationToken)
    {
        var (files, problem) = ListFolder(folder);
        if (files is null)
        {
            yield return ImportItem.Refused(folder, problem!);
            yield break;
        }

        var catalog = new ExportCatalog();
        foreach (var summary in files.Where(ExportCatalog.IsSummary))
        {
            if (ReadFile(summary, null).Data is { } content)
            {
                catalog.Add(Relative(folder, summary), content);
            }
        }

        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsActivityFile(file) && !IsArchive(file))
            {
                Ignored++;
                continue;
            }

            foreach (var item in FromFile(file, catalog.Find(Relative(folder, file)), cancellationToken))
            {
                yield return item;
            }
        }
    }

    private static (List<string>? Files, string? Problem) ListFolder(string folder)
    {
        try
        {
            return ([.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)], null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, "the folder could not be read (" + e.Message + ")");
        }
    }

    private IEnumerable<ImportItem> FromFile(string file, ExportDetails? details, CancellationToken cancellationToken) =>
        IsArchive(file)
            ? new ArchiveReader(limits, this, cancellationToken).Entries(file, () => ZipFile.OpenRead(file), depth: 0, outer: null)
            : [ReadFile(file, details)];

    private ImportItem ReadFile(string file, ExportDetails? details)
    {
        try
        {
            var info = new FileInfo(file);
            return info.Length > limits.MaxFileBytes
                ? ImportItem.Refused(file, $"larger than the {ImportLimits.Size(limits.MaxFileBytes)} limit for one file")
                : ImportItem.Read(file, File.ReadAllBytes(file), details);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImportItem.Refused(file, "could not be read (" + e.Message + ")");
        }
    }

    private static string Relative(string folder, string file) => Path.GetRelativePath(folder, file).Replace('\\', '/');

    internal void CountIgnored() => Ignored++;
}
