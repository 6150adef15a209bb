namespace Harrier.Bench;

/// <summary>Loads the shared corpus (<c>../shared/corpus</c> next to the repository) and replicates it to a stable size.</summary>
internal static class BenchCorpus
{
    public static string Root { get; } = Find();

    /// <summary>The files of one corpus folder, repeated until they total at least <paramref name="minBytes"/>.</summary>
    public static byte[][] Load(string folder, long minBytes, Func<byte[], bool>? keep = null)
    {
        var files = Directory.GetFiles(Path.Combine(Root, folder)).Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes).Where(b => keep?.Invoke(b) ?? true).ToArray();
        var result = new List<byte[]>();
        long total = 0;
        while (total < minBytes && files.Length > 0)
        {
            foreach (var file in files)
            {
                result.Add(file);
                total += file.Length;
            }
        }

        return [.. result];
    }

    /// <summary>Input bytes one operation of a benchmark method reads (the replicated folder it passes over).</summary>
    public static long BytesPerOperation(string method) => method switch
    {
        "DecodeCorpus" => Load("fit", FitBytes).Sum(f => (long)f.Length),
        "GpxToMetrics" => Load("gpx", XmlBytes).Sum(f => (long)f.Length),
        "TcxToMetrics" => Load("tcx", XmlBytes).Sum(f => (long)f.Length),
        _ => 0,
    };

    public const long FitBytes = 32L << 20;

    public const long XmlBytes = 16L << 20;

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("shared/corpus not found next to the repository.");
    }
}
