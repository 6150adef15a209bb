namespace Harrier.Import.Sources;

/// <summary>Bounds on what an import will read, so a hostile or broken archive cannot exhaust memory or disk.</summary>
/// <param name="MaxFileBytes">Largest single activity file, after decompression.</param>
/// <param name="MaxArchiveBytes">Most bytes one archive may expand to, over all its entries.</param>
/// <param name="MaxCompressionRatio">An entry that claims to expand more than this many times is refused as a likely zip bomb.</param>
/// <param name="MaxEntries">Most entries one archive may hold.</param>
public sealed record ImportLimits(long MaxFileBytes, long MaxArchiveBytes, double MaxCompressionRatio, int MaxEntries)
{
    public static ImportLimits Default { get; } = new(64L * 1024 * 1024, 8L * 1024 * 1024 * 1024, 200, 200_000);
}
