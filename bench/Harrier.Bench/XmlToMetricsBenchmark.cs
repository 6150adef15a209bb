using BenchmarkDotNet.Attributes;
using Harrier.Import.Gpx;
using Harrier.Import.Tcx;

namespace Harrier.Bench;

/// <summary>GPX and TCX parse plus metrics over their corpus folders, replicated to about 16 MB each. One operation = one pass.</summary>
[MemoryDiagnoser]
[ThroughputColumns]
public class XmlToMetricsBenchmark
{
    private readonly GpxParser _gpx = new();
    private readonly TcxParser _tcx = new();
    private byte[][] _gpxFiles = [];
    private byte[][] _tcxFiles = [];

    [GlobalSetup]
    public void Setup()
    {
        _gpxFiles = BenchCorpus.Load("gpx", BenchCorpus.XmlBytes);
        _tcxFiles = BenchCorpus.Load("tcx", BenchCorpus.XmlBytes);
        Console.WriteLine($"// GPX pass: {_gpxFiles.Sum(f => (long)f.Length):N0} bytes; TCX pass: {_tcxFiles.Sum(f => (long)f.Length):N0} bytes");
    }

    [Benchmark]
    public double GpxToMetrics() => Run(f => _gpx.Parse(f), _gpxFiles);

    [Benchmark]
    public double TcxToMetrics() => Run(f => _tcx.Parse(f), _tcxFiles);

    private static double Run(Func<byte[], Harrier.Import.ActivityParseResult> parse, byte[][] files)
    {
        double meters = 0;
        foreach (var file in files)
        {
            foreach (var read in parse(file).Activities)
            {
                meters += read.Metrics.Distance.Meters; // the reader computes each activity's metrics once
            }
        }

        return meters;
    }
}
