using BenchmarkDotNet.Attributes;
using Harrier.Import.Fit;

namespace Harrier.Bench;

/// <summary>FIT decode to typed samples over the whole fit/ corpus, replicated to about 32 MB. One operation = one pass.</summary>
[MemoryDiagnoser]
[ThroughputColumns]
public class FitDecodeBenchmark
{
    private readonly FitDecoder _decoder = new();
    private byte[][] _files = [];

    public long TotalBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = BenchCorpus.Load("fit", BenchCorpus.FitBytes);
        TotalBytes = _files.Sum(f => (long)f.Length);
        Console.WriteLine($"// FIT corpus pass: {_files.Length} files, {TotalBytes:N0} bytes");
    }

    [Benchmark]
    public long DecodeCorpus()
    {
        long samples = 0;
        foreach (var file in _files)
        {
            _decoder.Decode(file);
            samples += _decoder.Samples.Length;
        }

        return samples;
    }
}
