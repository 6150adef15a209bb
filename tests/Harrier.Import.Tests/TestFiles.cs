namespace Harrier.Import.Tests;

/// <summary>Reads the project's own test files (TestData/, copied to the output).</summary>
internal static class TestFiles
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Corpus.TestData(name));

    public static ActivityParseResult Read(string name) => ActivityReader.Read(name, Bytes(name));
}
