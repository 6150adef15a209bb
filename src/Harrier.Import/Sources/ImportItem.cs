namespace Harrier.Import.Sources;

/// <summary>One candidate activity file found in the paths given: its bytes, or why it cannot be read.</summary>
/// <param name="Name">The path as given, with "!entry" for an entry inside an archive.</param>
public sealed record ImportItem(string Name, byte[]? Data, string? Problem)
{
    public static ImportItem Read(string name, byte[] data) => new(name, data, null);

    public static ImportItem Refused(string name, string problem) => new(name, null, problem);
}
