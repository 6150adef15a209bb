namespace Harrier.Import.Sources;

/// <summary>One candidate activity file found in the paths given: its bytes, or why it cannot be read.</summary>
/// <param name="Name">The path as given, with "!entry" for an entry inside an archive.</param>
/// <param name="Data">The file's bytes as stored (possibly gzip-compressed), at most <see cref="ImportLimits.MaxFileBytes"/>; null when refused.</param>
/// <param name="Problem">Why the file cannot be read (damaged, over a limit, outside the archive); null when <paramref name="Data"/> is set.</param>
/// <param name="Details">What the export's summary says about the file (name, description, gear), when it has one.</param>
public sealed record ImportItem(string Name, byte[]? Data, string? Problem, ExportDetails? Details = null)
{
    public static ImportItem Read(string name, byte[] data, ExportDetails? details = null) => new(name, data, null, details);

    public static ImportItem Refused(string name, string problem) => new(name, null, problem);
}
