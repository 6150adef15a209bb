using System.Buffers.Binary;
using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Fit;

/// <summary>A FIT file cut anywhere reads as an error, or with a mark saying what is missing: never as a plausible whole run.</summary>
public sealed class FitTruncationTests
{
    /// <summary>Corpus FIT files holding a single FIT file (chained files end in separate recordings), at most 1 MB.</summary>
    public static TheoryData<string> SingleFiles()
    {
        var data = new TheoryData<string>();
        var folder = Corpus.Directory is { } root ? Path.Combine(root, "fit") : "";
        foreach (var path in Directory.Exists(folder) ? Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray() : [])
        {
            if (IsSingleFile(File.ReadAllBytes(path)))
            {
                data.Add(Path.GetFileName(path));
            }
        }

        return data.Count > 0 ? data : new TheoryData<string>(Corpus.Missing);
    }

    private static bool IsSingleFile(byte[] d) =>
        d.Length is > 14 and < 1_000_000 && d[0] + BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(4)) + 2 == d.Length;

    [Theory]
    [MemberData(nameof(SingleFiles))]
    public void Read_CutAnywhere_IsAnErrorOrMarked(string name)
    {
        Corpus.SkipIfMissing(name);
        var data = File.ReadAllBytes(Corpus.PathOf("fit", name));
        var offsets = Enumerable.Range(1, 24).Select(k => data.Length * k / 25).Append(7471).Where(n => n < data.Length - 2);

        foreach (var length in offsets)
        {
            var result = ActivityReader.Read(name, data.AsMemory(0, length));

            Assert.True(result.Error is not null || result.Activities.Any(a => a.Check.Status != ActivityStatus.Complete),
                $"{name} cut after {length} bytes reads as whole");
            Assert.All(result.Activities, a => Assert.True(a.Check.Status != ActivityStatus.Complete || a.Metrics.MovingTime > TimeSpan.Zero
                || !a.Activity.Sport.IsOnFoot(), $"{name} cut after {length}: a run with no moving time"));
        }
    }
}
