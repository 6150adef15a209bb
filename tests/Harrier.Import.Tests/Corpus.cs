namespace Harrier.Import.Tests;

/// <summary>Finds the shared corpus (<c>&lt;dir&gt;/shared/corpus</c> next to the repository) and the project's own test data.</summary>
internal static class Corpus
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The corpus directory, or null when this checkout has no shared corpus next to it.</summary>
    public static string? Directory => Root.Value;

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>The single theory row used when there is no corpus; tests skip it through <see cref="SkipIfMissing"/>.</summary>
    public const string Missing = "(no shared corpus)";

    /// <summary>Corpus files of one folder (fit, gpx, tcx, bad) as theory rows; one <see cref="Missing"/> row when there is no corpus.</summary>
    public static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        if (Directory is { } root && System.IO.Directory.Exists(Path.Combine(root, folder)))
        {
            foreach (var file in System.IO.Directory.GetFiles(Path.Combine(root, folder)).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        if (data.Count == 0)
        {
            data.Add(Missing);
        }

        return data;
    }

    public static void SkipIfMissing(string name = "") =>
        Assert.SkipWhen(Directory is null || name == Missing, "The shared corpus (../shared/corpus) is not next to this checkout.");

    public static string PathOf(string folder, string name) => Path.Combine(Directory!, folder, name);

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
