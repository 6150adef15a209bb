using System.Diagnostics;
using FsCheck.Xunit;
using Harrier.Core.Activities;

namespace Harrier.Import.Tests;

/// <summary>Random damage to real files (byte flips, truncations, insertions, deletions) never throws, hangs or allocates without bound.</summary>
public sealed class RobustnessProperties
{
    private static readonly string[] Files =
        ["garmin-fenix-5-run.fit", "compressed-speed-distance.fit", "equator-run.gpx", "two-laps.tcx", "track-with-empty-segment.gpx"];

    private static readonly byte[][] Originals = [.. Files.Select(TestFiles.Bytes)];

    [Property(MaxTest = 1000)]
    public void Read_RandomlyDamagedFile_NeverThrowsOrHangs(int seed)
    {
        var random = new Random(seed);
        var index = random.Next(Files.Length);
        var data = Mutate(Originals[index], random);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = ActivityReader.Read(Files[index], data);
        foreach (var read in result.Activities)
        {
            _ = ActivityMetrics.Compute(read.Activity);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "took too long");
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, (300L * data.Length) + (8 << 20));
        Assert.True(result.Activities.Count > 0 ^ result.Error is not null);
    }

    [Property(MaxTest = 200)]
    public void Decode_RandomBytesAfterFitHeader_NeverThrows(int seed)
    {
        var random = new Random(seed);
        var data = Originals[0].AsSpan(0, 14).ToArray().Concat(Enumerable.Range(0, random.Next(1, 2000)).Select(_ => (byte)random.Next(256))).ToArray();

        var result = ActivityReader.Read("x.fit", data);

        Assert.True(result.Activities.Count > 0 ^ result.Error is not null);
    }

    [Theory]
    [InlineData("1e308")]
    [InlineData("-1e308")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-0")]
    [InlineData("99999999999999999999")]
    [InlineData("1e-300")]
    [InlineData("4.9e-324")]
    public void Read_ExtremeNumbersInEveryXmlValue_GiveFiniteMetrics(string number)
    {
        foreach (var file in new[] { "two-laps.tcx", "equator-run.gpx" })
        {
            var xml = System.Text.Encoding.UTF8.GetString(TestFiles.Bytes(file));
            var body = xml.IndexOf("?>", StringComparison.Ordinal) + 2;
            var damaged = xml[..body] + System.Text.RegularExpressions.Regex.Replace(xml[body..], @"(?<=[>""])-?\d+(\.\d+)?(?=[<""])", number);

            var result = ActivityReader.Read(file, System.Text.Encoding.UTF8.GetBytes(damaged));
            var m = result.Only().Metrics;

            Assert.True(double.IsFinite(m.Distance.Meters) && double.IsFinite(m.AscentMeters) && double.IsFinite(m.AverageHeartRate ?? 0), file);
        }
    }

    [Theory]
    [InlineData(0x89)] // float64
    [InlineData(0x85)] // sint32
    [InlineData(0x8E)] // sint64
    public void Decode_TimeFieldsWithOddBaseTypes_NeverThrow(byte baseType)
    {
        // Session with timestamp, start_time and total_elapsed_time all declared with a wide or signed base type.
        var file = new Fit.FitBuilder()
            .Definition(0, 18, false, (253, 8, baseType), (2, 8, baseType), (7, 8, baseType), (8, 8, baseType))
            .Data(0, [.. Enumerable.Repeat((byte)0x7E, 32)]).Data(0, [.. Enumerable.Repeat((byte)0xF0, 32)]).Build();

        var result = ActivityReader.Read("x.fit", file);

        Assert.All(result.Activities, a => ActivityMetrics.Compute(a.Activity));
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var data = new List<byte>(original);
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits && data.Count > 0; e++)
        {
            var at = random.Next(data.Count);
            switch (random.Next(4))
            {
                case 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data.RemoveRange(at, data.Count - at);
                    break;
                case 2:
                    data.InsertRange(at, Enumerable.Range(0, random.Next(1, 64)).Select(_ => (byte)random.Next(256)));
                    break;
                default:
                    data.RemoveRange(at, Math.Min(random.Next(1, 64), data.Count - at));
                    break;
            }
        }

        return [.. data];
    }
}
