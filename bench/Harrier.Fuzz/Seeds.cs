using System.IO.Compression;
using System.Text;

namespace Harrier.Fuzz;

/// <summary>The files mutations start from: real activity files for each reader, and for archives, exports built from them.</summary>
public sealed class Seeds
{
    private Seeds(FuzzTarget target, IReadOnlyList<byte[]> files, IReadOnlyList<string> names)
    {
        Target = target;
        Files = files;
        Names = names;
    }

    public FuzzTarget Target { get; }

    /// <summary>The seed files' bytes, in a stable order (sorted by path).</summary>
    public IReadOnlyList<byte[]> Files { get; }

    /// <summary>The name each seed is read under (its extension decides nothing when the content tells the format).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// Seeds for <paramref name="target"/> from every file under <paramref name="directories"/> with the reader's extension (at most
    /// <paramref name="maxBytes"/> each, so one input is quick). Archives are built from the FIT, GPX and TCX files found: a small
    /// export with a summary, a nested archive and gzip entries, and each XML file gzipped.
    /// </summary>
    /// <exception cref="InvalidOperationException">No seed file was found.</exception>
    public static Seeds For(FuzzTarget target, IEnumerable<string> directories, long maxBytes = 256 * 1024)
    {
        var found = directories.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => new FileInfo(f).Length is > 0 and var length && length <= maxBytes)
            .Order(StringComparer.Ordinal)
            .ToArray();
        string[] With(string extension) => found.Where(f => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase)).ToArray();
        var (files, names) = target switch
        {
            FuzzTarget.Fit => Load(With(".fit")),
            FuzzTarget.Gpx => Load(With(".gpx")),
            FuzzTarget.Tcx => Load(With(".tcx")),
            _ => Archives(Load(With(".fit")).Files, Load(With(".gpx")).Files, Load(With(".tcx")).Files),
        };
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"No seed files for {target} under {string.Join(", ", directories)}.");
        }

        // Gzip-compressed XML goes through the streaming path as well.
        if (target is FuzzTarget.Gpx or FuzzTarget.Tcx)
        {
            var extension = target == FuzzTarget.Gpx ? ".gpx.gz" : ".tcx.gz";
            foreach (var file in files.Take(4).ToArray())
            {
                files.Add(Gzip(file));
                names.Add("seed" + extension);
            }
        }

        return new Seeds(target, files, names);
    }

    private static (List<byte[]> Files, List<string> Names) Load(string[] paths) =>
        (paths.Select(File.ReadAllBytes).ToList(), paths.Select(p => Path.GetFileName(p)).ToList());

    private static (List<byte[]> Files, List<string> Names) Archives(List<byte[]> fit, List<byte[]> gpx, List<byte[]> tcx)
    {
        var files = new List<byte[]>();
        var count = Math.Max(fit.Count, Math.Max(gpx.Count, tcx.Count));
        for (var i = 0; i < Math.Min(count, 12); i++)
        {
            var entries = new List<(string, byte[])>
            {
                ("activities.csv", Encoding.UTF8.GetBytes($"Activity ID,Activity Name,Filename,Activity Gear\n{i},Morning run,activities/{i}.fit,Road shoes\n")),
            };
            if (fit.Count > 0)
            {
                entries.Add(($"activities/{i}.fit", fit[i % fit.Count]));
            }

            if (gpx.Count > 0)
            {
                entries.Add(($"activities/{i}.gpx.gz", Gzip(gpx[i % gpx.Count])));
            }

            if (tcx.Count > 0)
            {
                entries.Add(($"activities/{i}.tcx", tcx[i % tcx.Count]));
                entries.Add(("nested/inner.zip", Zip([($"deep/{i}.tcx.gz", Gzip(tcx[(i + 1) % tcx.Count]))])));
            }

            files.Add(Zip(entries));
        }

        return (files, files.Select((_, i) => $"export-{i}.zip").ToList());
    }

    /// <summary>A zip of <paramref name="entries"/>, each deflated.</summary>
    public static byte[] Zip(IEnumerable<(string Name, byte[] Data)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(data);
            }
        }

        return buffer.ToArray();
    }

    /// <summary><paramref name="data"/> gzip-compressed.</summary>
    public static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return buffer.ToArray();
    }
}
