using System.Diagnostics;
using System.Xml;
using Harrier.Core.Activities;
using Harrier.Import.Fit;
using Harrier.Import.Gpx;

namespace Harrier.Bench;

/// <summary>Plain measurement loops: a fast check of the BenchmarkDotNet figures, plus where the time goes.</summary>
internal static class QuickRun
{
    public static void Fit()
    {
        var bench = new FitDecodeBenchmark();
        bench.Setup();
        Measure("FIT decode", bench.TotalBytes, () => bench.DecodeCorpus());
        var files = BenchCorpus.Load("fit", BenchCorpus.FitBytes);
        Measure("  of which CRC alone", bench.TotalBytes, () =>
        {
            foreach (var f in files)
            {
                FitCrc.Compute(f);
            }
        });
    }

    public static void Xml()
    {
        var bench = new XmlToMetricsBenchmark();
        bench.Setup();
        var gpx = BenchCorpus.BytesPerOperation(nameof(XmlToMetricsBenchmark.GpxToMetrics));
        var tcx = BenchCorpus.BytesPerOperation(nameof(XmlToMetricsBenchmark.TcxToMetrics));
        Measure("GPX to metrics", gpx, () => bench.GpxToMetrics());
        Measure("TCX to metrics", tcx, () => bench.TcxToMetrics());

        var all = BenchCorpus.Load("gpx", BenchCorpus.XmlBytes);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, XmlResolver = null };
        Measure("  GPX bare XmlReader.Read loop (ceiling)", gpx, () =>
        {
            foreach (var f in all)
            {
                using var reader = XmlReader.Create(new MemoryStream(f), settings);
                while (reader.Read())
                {
                }
            }
        });
        var parser = new GpxParser();
        Measure("  GPX parse alone (the reader now also computes each activity's metrics once)", gpx, () =>
        {
            foreach (var f in all)
            {
                parser.Parse(f);
            }
        });
        var activities = all.SelectMany(f => parser.Parse(f).Activities.Select(a => a.Activity)).ToArray();
        Measure("  GPX metrics alone", gpx, () =>
        {
            foreach (var a in activities)
            {
                ActivityMetrics.Compute(a);
            }
        });
    }

    private static void Measure(string name, long bytes, Action pass)
    {
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(3))
        {
            pass(); // until tiered JIT has settled and buffers have grown
        }

        const int Runs = 10;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Runs; i++)
        {
            pass();
        }

        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var megabytes = bytes * Runs / 1e6;

        // Wall-clock MB/s suffers when other processes share the two cores; MB per CPU-second (all of this process's
        // threads, GC included) is the single-core figure even then.
        Console.WriteLine($"{name}: {megabytes / clock.Elapsed.TotalSeconds:F0} MB/s wall, {megabytes / cpu.TotalSeconds:F0} MB per CPU-second, "
            + $"{(double)allocated / (bytes * Runs):F4} bytes allocated per input byte");
    }
}
