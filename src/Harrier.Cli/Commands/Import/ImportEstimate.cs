using System.IO.Compression;
using Harrier.Import.Sources;

namespace Harrier.Cli.Commands.Import;

/// <summary>A quick count of candidate files for the progress bar: names only, nothing decompressed.</summary>
internal static class ImportEstimate
{
    public static int Count(IEnumerable<string> paths) => paths.Sum(CountPath);

    private static int CountPath(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(CountFile);
        }

        return File.Exists(path) ? CountFile(path) : 1;
    }

    private static int CountFile(string file)
    {
        if (!file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return ImportSource.IsActivityFile(file) ? 1 : 0;
        }

        try
        {
            using var zip = ZipFile.OpenRead(file);
            return zip.Entries.Count(e => ImportSource.IsActivityFile(e.FullName));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return 1;
        }
    }
}
