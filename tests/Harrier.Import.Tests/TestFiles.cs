namespace Harrier.Import.Tests;

/// <summary>Reads the project's own test files (TestData/, copied to the output).</summary>
internal static class TestFiles
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Corpus.TestData(name));

    public static ActivityParseResult Read(string name) => ActivityReader.Read(name, Bytes(name));

    /// <summary>The one activity of a file that must hold exactly one.</summary>
    public static ReadActivity Only(this ActivityParseResult result) => Assert.Single(result.Activities);
}
