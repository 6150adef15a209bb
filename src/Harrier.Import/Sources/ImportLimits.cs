using System.Globalization;

namespace Harrier.Import.Sources;

/// <summary>
/// The bounds on what an import reads, so a hostile or broken upload cannot exhaust memory, disk or time. One object serves
/// every path: the web app binds it from the <c>Import</c> configuration section (<c>Import:MaxFileMegabytes</c>, …, also
/// <c>HARRIER_Import__MaxFileMegabytes</c>), the CLI from the same configuration overridden by its flags, and both check it
/// with <see cref="Problems"/> before use.
/// </summary>
/// <remarks>
/// <see cref="MaxFileBytes"/> bounds every single activity file after decompression, whether it is a file on disk, a zip
/// entry or a <c>.gz</c> file's content; <see cref="MaxArchiveBytes"/> bounds all of one archive's entries together.
/// </remarks>
public sealed record ImportLimits
{
    private const long MiB = 1024 * 1024;

    /// <summary>The configuration section the limits are bound from.</summary>
    public const string Section = "Import";

    /// <summary>64 MiB per file, 8 GiB per archive, 512 MiB per upload, 200× compression, 50,000 entries.</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>Largest single activity file, after decompression, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 64 * MiB;

    /// <summary><see cref="MaxFileBytes"/> in MiB (the configuration key <c>Import:MaxFileMegabytes</c>).</summary>
    public int MaxFileMegabytes
    {
        get => (int)Math.Min(int.MaxValue, MaxFileBytes / MiB);
        init => MaxFileBytes = value * MiB;
    }

    /// <summary>Most bytes one archive may expand to, over all its entries (nested archives included).</summary>
    public long MaxArchiveBytes { get; init; } = 8192 * MiB;

    /// <summary><see cref="MaxArchiveBytes"/> in MiB (<c>Import:MaxArchiveMegabytes</c>).</summary>
    public int MaxArchiveMegabytes
    {
        get => (int)Math.Min(int.MaxValue, MaxArchiveBytes / MiB);
        init => MaxArchiveBytes = value * MiB;
    }

    /// <summary>Largest request the web app accepts for an upload, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 512 * MiB;

    /// <summary><see cref="MaxUploadBytes"/> in MiB (<c>Import:MaxUploadMegabytes</c>).</summary>
    public int MaxUploadMegabytes
    {
        get => (int)Math.Min(int.MaxValue, MaxUploadBytes / MiB);
        init => MaxUploadBytes = value * MiB;
    }

    /// <summary>An entry of over 1 MiB that claims to expand more than this many times is refused as a likely zip bomb.</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>
    /// Most entries one archive may hold. A large account export has a few thousand activities; 50,000 leaves room for photos
    /// and summaries while bounding how long a crafted zip of tiny entries can keep an import busy.
    /// </summary>
    public int MaxEntries { get; init; } = 50_000;

    /// <summary>What is wrong with these limits, one sentence each naming the configuration key; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Check(problems, MaxFileBytes is >= 1024 and <= int.MaxValue, "MaxFileMegabytes", "between 1 and 2047", MaxFileBytes / (double)MiB);
        Check(problems, MaxArchiveBytes >= MaxFileBytes, "MaxArchiveMegabytes", "at least MaxFileMegabytes", MaxArchiveBytes / (double)MiB);
        Check(problems, MaxUploadBytes >= MiB, "MaxUploadMegabytes", "at least 1", MaxUploadBytes / (double)MiB);
        Check(problems, MaxCompressionRatio is >= 2 and <= 100_000, "MaxCompressionRatio", "between 2 and 100000", MaxCompressionRatio);
        Check(problems, MaxEntries is >= 1 and <= 1_000_000, "MaxEntries", "between 1 and 1000000", MaxEntries);
        return problems;
    }

    /// <summary>"64 MiB", for messages.</summary>
    public static string Size(long bytes) =>
        bytes >= MiB ? string.Create(CultureInfo.InvariantCulture, $"{bytes / MiB:N0} MiB") : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");

    private static void Check(List<string> problems, bool ok, string key, string rule, double value)
    {
        if (!ok)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{Section}:{key} must be {rule} (it is {value:0.##})."));
        }
    }
}
