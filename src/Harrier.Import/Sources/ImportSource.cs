using System.IO.Compression;

namespace Harrier.Import.Sources;

/// <summary>
/// Finds activity files in the paths a runner gives: single files, folders (recursively) and zip archives such as a whole
/// Garmin or Strava account export, including nested archives and <c>.fit.gz</c>/<c>.gpx.gz</c>/<c>.tcx.gz</c> entries.
/// </summary>
/// <remarks>
/// Nothing is extracted to disk. Archive entries whose names try to leave the archive (<c>..</c>, absolute paths) are refused,
/// as are entries that would expand beyond <see cref="ImportLimits"/>; the rest of the archive is still read.
/// Files that are not activity files (photos, CSV, JSON) are counted in <see cref="Ignored"/>, not reported one by one.
/// </remarks>
public sealed class ImportSource(ImportLimits limits)
{
    private static readonly string[] ActivityExtensions = [".fit", ".gpx", ".tcx", ".fit.gz", ".gpx.gz", ".tcx.gz"];

    /// <summary>Files skipped because their names are not activity files.</summary>
    public int Ignored { get; private set; }

    public static bool IsActivityFile(string name) => ActivityExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static bool IsArchive(string name) => name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every candidate under <paramref name="paths"/>, in a stable order (sorted by name within a folder or archive).</summary>
    public IEnumerable<ImportItem> Enumerate(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            foreach (var item in FromPath(path))
            {
                yield return item;
            }
        }
    }

    private IEnumerable<ImportItem> FromPath(string path)
    {
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (!IsActivityFile(file) && !IsArchive(file))
                {
                    Ignored++;
                    continue;
                }

                foreach (var item in FromFile(file))
                {
                    yield return item;
                }
            }

            yield break;
        }

        if (!File.Exists(path))
        {
            yield return ImportItem.Refused(path, "no such file or folder");
            yield break;
        }

        foreach (var item in FromFile(path))
        {
            yield return item;
        }
    }

    private IEnumerable<ImportItem> FromFile(string file)
    {
        if (IsArchive(file))
        {
            ZipArchive? zip = null;
            string? problem = null;
            try
            {
                zip = ZipFile.OpenRead(file);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                problem = "not a readable zip archive (" + e.Message + ")";
            }

            if (zip is null)
            {
                yield return ImportItem.Refused(file, problem!);
                yield break;
            }

            using (zip)
            {
                foreach (var item in new ArchiveReader(limits, this).Entries(file, zip, depth: 0))
                {
                    yield return item;
                }
            }

            yield break;
        }

        yield return ReadFile(file);
    }

    private ImportItem ReadFile(string file)
    {
        try
        {
            var info = new FileInfo(file);
            return info.Length > limits.MaxFileBytes
                ? ImportItem.Refused(file, $"larger than the {limits.MaxFileBytes / (1024 * 1024)} MiB limit for one file")
                : ImportItem.Read(file, File.ReadAllBytes(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImportItem.Refused(file, "could not be read (" + e.Message + ")");
        }
    }

    internal void CountIgnored() => Ignored++;
}
